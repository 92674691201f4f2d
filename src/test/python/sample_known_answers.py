"""Independent known answers for the analysis of sample-data/ (SampleDataKnownAnswerTest).

Reads the committed sample files with Python's csv module, applies the rules of docs/analysis.md written out
directly (first exposure, exclusion of users in two variants, windows, CUPED pre-period, R-7 capping, segments),
and prints per-variant moments and SciPy 1.17 p-values as Java constants. Run from the repository root:

    python3 src/test/python/sample_known_answers.py
"""
import csv, gzip, io, json, math
from datetime import datetime, timezone
from collections import defaultdict
import numpy as np
from scipy import stats

DAY = 86_400_000


def millis(text):
    text = text.strip()
    if text.isdigit():
        return int(text)
    if 'T' in text:
        return int(round(datetime.fromisoformat(text.replace('Z', '+00:00')).timestamp() * 1000))
    return int(round(datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp() * 1000))


def rows(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8-sig', newline='') as f:
        yield from csv.DictReader(f)


def unique(iterable):
    seen = set()
    for row in iterable:
        key = tuple(row.values())
        if key not in seen:
            seen.add(key)
            yield row


EXP = 'checkout_redesign'
assign = defaultdict(list)
for r in unique(rows('sample-data/assignments.csv.gz')):
    if r['experiment_id'] == EXP:
        assign[r['user_id']].append((millis(r['assigned_at']), r['variant'], json.loads(r['context'])))
users = {}
multi = 0
for u, rs in assign.items():
    if len({v for _, v, _ in rs}) > 1:
        multi += 1
        continue
    t, v, ctx = min(rs, key=lambda x: x[0])
    users[u] = (t, v, ctx)
events = defaultdict(list)
unassigned = 0
for r in unique(rows('sample-data/events.csv.gz')):
    if r['experiment_id'] not in ('', EXP):
        continue
    u = r['user_id']
    if u not in assign:
        unassigned += 1
        continue
    if u not in users:
        continue
    value = float(r['value']) if r['value'] else math.nan
    events[u].append((r['event_type'], value, millis(r['timestamp'])))

variants = sorted({v for _, v, _ in users.values()})


def aggregate(u, etype, kind, lo, hi):
    total = 0.0
    for t, value, time in events[u]:
        if t == etype and lo <= time < hi:
            total += 1 if kind != 'sum' else (0.0 if math.isnan(value) else value)
    return min(total, 1.0) if kind == 'any' else total


def r7(values, q):
    return float(np.quantile(np.array(values), q, method='linear'))


def moments(ys, ds=None, xs=None):
    out = {}
    for v in variants:
        idx = [i for i, u in enumerate(order) if users[u][1] == v]
        y = np.array([ys[i] for i in idx])
        d = np.array([ds[i] for i in idx]) if ds is not None else np.zeros(len(idx))
        x = np.array([xs[i] for i in idx]) if xs is not None else np.zeros(len(idx))
        out[v] = [len(idx), y.sum(), (y * y).sum(), d.sum(), (d * d).sum(), (y * d).sum(), x.sum(), (x * x).sum(),
                  (x * y).sum()]
    return out


order = sorted(users)
exposure = {u: users[u][0] for u in order}
INF = float('inf')
metrics = {}
metrics['purchase_rate'] = moments([aggregate(u, 'purchase', 'any', exposure[u], INF) for u in order])
metrics['purchase_value'] = moments([aggregate(u, 'purchase', 'sum', exposure[u], INF) for u in order])
metrics['purchase_7d'] = moments([aggregate(u, 'purchase', 'any', exposure[u], exposure[u] + 7 * DAY) for u in order])
raw = [aggregate(u, 'purchase', 'sum', exposure[u], INF) for u in order]
pre = [aggregate(u, 'purchase', 'sum', exposure[u] - 14 * DAY, exposure[u]) for u in order]
cap = r7(raw, 0.99)
metrics['revenue_capped_cuped'] = moments([min(y, cap) for y in raw], None, [min(x, cap) for x in pre])
metrics['page_views'] = moments([aggregate(u, 'page_view', 'count', exposure[u], INF) for u in order])
metrics['purchases_per_session'] = moments([aggregate(u, 'purchase', 'count', exposure[u], INF) for u in order],
                                           [aggregate(u, 'session', 'count', exposure[u], INF) for u in order])

print('// python3 src/test/python/sample_known_answers.py (SciPy 1.17, NumPy ' + np.__version__ + ')')
print('// users in two variants: %d; events from unassigned users: %d; cap (R-7 q=0.99): %r' % (multi, unassigned, cap))
for name, m in metrics.items():
    for v in variants:
        print('MOMENTS.put("%s/%s", new double[] {%s});' % (name, v, ', '.join(repr(float(x)) for x in m[v])))

control = 'control'
for name, kind in [('purchase_rate', 'binary'), ('purchase_value', 'mean'), ('page_views', 'mean')]:
    c = metrics[name][control]
    for v in variants:
        if v == control:
            continue
        t = metrics[name][v]
        if kind == 'binary':
            p1, p2 = c[1] / c[0], t[1] / t[0]
            p = (c[1] + t[1]) / (c[0] + t[0])
            z = (p2 - p1) / math.sqrt(p * (1 - p) * (1 / c[0] + 1 / t[0]))
            pval = 2 * stats.norm.sf(abs(z))
        else:
            mc, mt = c[1] / c[0], t[1] / t[0]
            vc = (c[2] - c[0] * mc * mc) / (c[0] - 1)
            vt = (t[2] - t[0] * mt * mt) / (t[0] - 1)
            se2 = vc / c[0] + vt / t[0]
            df = se2 ** 2 / ((vc / c[0]) ** 2 / (c[0] - 1) + (vt / t[0]) ** 2 / (t[0] - 1))
            pval = 2 * stats.t.sf(abs((mt - mc) / math.sqrt(se2)), df)
        print('P_VALUES.put("%s/%s", %r);' % (name, v, float(pval)))
# Segments: users per platform and variant.
seg = defaultdict(lambda: defaultdict(int))
for u in order:
    seg[users[u][2].get('platform', '(none)')][users[u][1]] += 1
for s in sorted(seg):
    print('PLATFORM_USERS.put("%s", new long[] {%s});' % (s, ', '.join(str(seg[s][v]) for v in variants)))
