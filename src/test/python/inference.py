"""Reference values for inference/*Test.java and comparison/*Test.java (SciPy 1.17.1, NumPy 2.4)."""
import csv
import numpy as np
from scipy import stats

np.set_printoptions(precision=17)
r = repr

def proportions(name, nc, cc, nt, ct, level=0.95):
    table = np.array([[ct, nt - ct], [cc, nc - cc]])
    chi2, p_chi2, _, _ = stats.chi2_contingency(table, correction=False)
    pc, pt = cc / nc, ct / nt
    pooled = (cc + ct) / (nc + nt)
    se_pooled = np.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt))
    z = (pt - pc) / se_pooled
    se = np.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt)
    q = stats.norm.isf((1 - level) / 2)
    rel = (pt - pc) / pc
    rel_se = np.sqrt(pt * (1 - pt) / nt / pc**2 + pc * (1 - pc) / nc * pt**2 / pc**4)
    print(name, "z", r(z), "p(norm.sf)", r(2 * stats.norm.sf(abs(z))), "p(chi2_contingency)", r(p_chi2),
          "chi2", r(chi2), "p_greater", r(stats.norm.sf(z)), "p_less", r(stats.norm.cdf(z)))
    print("   diff", r(pt - pc), "ci", r(pt - pc - q * se), r(pt - pc + q * se), "rel", r(rel), "rel_se", r(rel_se),
          "rel ci", r(rel - q * rel_se), r(rel + q * rel_se))

print("== two proportions (scipy.stats.chi2_contingency(correction=False), scipy.stats.norm)")
proportions("cookie_cats retention_7", 44700, 8502, 45489, 8279)
proportions("n=1e8 p=1e-6", 100_000_000, 100, 100_000_000, 160)
proportions("n=1e8 |z|>9", 100_000_000, 10_000_000, 100_000_000, 10_050_000)
table = np.array([[50, 0], [0, 50]]); print("0 vs 100 chi2_contingency p", r(stats.chi2_contingency(table, correction=False)[1]), "z", r(1 / np.sqrt(0.25 * (2 / 50))))

print("== Welch (scipy.stats.ttest_ind(equal_var=False))")
control = np.array([12.1, 9.8, 11.4, 10.9, 13.2, 8.7, 10.1, 12.6, 11.9, 9.5, 10.4, 12.8])
treatment = np.array([13.4, 12.2, 14.9, 11.8, 13.7, 15.1, 12.5, 14.2, 13.0, 16.3])
res = stats.ttest_ind(treatment, control, equal_var=False)
ci = res.confidence_interval(0.95)
print("welch t", r(res.statistic), "p", r(res.pvalue), "df", r(res.df), "ci", r(ci.low), r(ci.high))
ci90 = res.confidence_interval(0.90)
print("welch ci90", r(ci90.low), r(ci90.high))
res_g = stats.ttest_ind(treatment, control, equal_var=False, alternative='greater')
print("welch greater p", r(res_g.pvalue), "ci low", r(res_g.confidence_interval(0.95).low))
mc, mt = control.mean(), treatment.mean()
vc, vt = control.var(ddof=1), treatment.var(ddof=1)
rel = (mt - mc) / mc
rel_se = np.sqrt(vt / len(treatment) / mc**2 + vc / len(control) * mt**2 / mc**4)
qt = stats.t.isf(0.025, res.df)
print("welch rel", r(rel), "rel_se", r(rel_se), "rel ci", r(rel - qt * rel_se), r(rel + qt * rel_se),
      "abs/ctrl ci (wrong)", r(ci.low / mc), r(ci.high / mc))
big = stats.ttest_ind_from_stats(10.003, np.sqrt(4.0), 100_000_000, 10.0, np.sqrt(4.0), 100_000_000, equal_var=False)
print("welch n=1e8 t", r(big.statistic), "p", r(big.pvalue))
one_const = stats.ttest_ind(treatment, np.array([5.0, 5.0, 5.0, 5.0]), equal_var=False)
print("welch control constant t", r(one_const.statistic), "p", r(one_const.pvalue), "df", r(one_const.df))

print("== ratio (delta method by explicit gradient and np.cov)")
def ratio_arm(y, x):
    n = len(y); my, mx = y.mean(), x.mean()
    cov = np.cov(np.vstack([y, x]), ddof=1)
    g = np.array([1 / mx, -my / mx**2])
    return my / mx, g @ cov @ g / n
yc = np.array([3., 0, 7, 2, 2, 9, 1, 4, 0, 5]); xc = np.array([5., 1, 9, 2, 4, 12, 3, 6, 2, 7])
yt = np.array([4., 1, 8, 3, 2, 11, 2, 6, 1]); xt = np.array([5., 2, 9, 3, 3, 12, 4, 6, 2])
rc, vc_ = ratio_arm(yc, xc); rt, vt_ = ratio_arm(yt, xt)
se = np.sqrt(vc_ + vt_); z = (rt - rc) / se; q = stats.norm.isf(0.025)
print("ratio rc", r(rc), "rt", r(rt), "se", r(se), "z", r(z), "p", r(2 * stats.norm.sf(abs(z))), "ci", r(rt - rc - q * se), r(rt - rc + q * se))
rel = (rt - rc) / rc; rel_se = np.sqrt(vt_ / rc**2 + rt**2 * vc_ / rc**4)
print("ratio rel", r(rel), "rel_se", r(rel_se), "ci", r(rel - q * rel_se), r(rel + q * rel_se))
ind_se = np.sqrt(yc.var(ddof=1) / len(yc) / xc.mean()**2 + yt.var(ddof=1) / len(yt) / xt.mean()**2)
print("ratio se ignoring denominator (wrong)", r(ind_se))

print("== button_clicks_conversions.csv (conversions per click)")
arms = {}
for row in csv.DictReader(open('/work/shared/real-exports/button_clicks_conversions.csv')):
    arms.setdefault(row['Variant'], []).append((float(row['Conversions']), float(row['Clicks'])))
for v in sorted(arms):
    a = np.array(arms[v]); y, x = a[:, 0], a[:, 1]
    print(v, len(y), "sums", r(y.sum()), r((y * y).sum()), r(x.sum()), r((x * x).sum()), r((x * y).sum()))
ya = np.array(arms['A']); yb = np.array(arms['B'])
ra, va = ratio_arm(ya[:, 0], ya[:, 1]); rb, vb = ratio_arm(yb[:, 0], yb[:, 1])
se = np.sqrt(va + vb); z = (rb - ra) / se
print("button ratio A", r(ra), "B", r(rb), "z", r(z), "p", r(2 * stats.norm.sf(abs(z))))

print("== CUPED (theta from np.cov over all units; scipy.stats.ttest_ind on adjusted values)")
rng = np.random.default_rng(20240611)
xc = rng.integers(0, 40, 60).astype(float); yc = np.round(0.8 * xc + rng.integers(0, 20, 60))
xt = rng.integers(0, 40, 50).astype(float); yt = np.round(0.8 * xt + rng.integers(0, 20, 50) + 3)
for name, y, x in (("control", yc, xc), ("treatment", yt, xt)):
    print(name, len(y), "sums", r(y.sum()), r((y * y).sum()), r(x.sum()), r((x * x).sum()), r((x * y).sum()))
xall = np.concatenate([xc, xt]); yall = np.concatenate([yc, yt])
theta = np.cov(xall, yall, ddof=1)[0, 1] / np.var(xall, ddof=1)
adjc = yc - theta * (xc - xall.mean()); adjt = yt - theta * (xt - xall.mean())
res = stats.ttest_ind(adjt, adjc, equal_var=False); ci = res.confidence_interval(0.95)
print("cuped theta", r(theta), "t", r(res.statistic), "p", r(res.pvalue), "df", r(res.df), "ci", r(ci.low), r(ci.high))
print("cuped adjusted means", r(adjc.mean()), r(adjt.mean()))
D = adjt.mean() - adjc.mean(); u = yc.mean()
varD = adjt.var(ddof=1) / len(adjt) + adjc.var(ddof=1) / len(adjc)
varU = yc.var(ddof=1) / len(yc)
covDU = -np.cov(adjc, yc, ddof=1)[0, 1] / len(yc)
varL = varD / u**2 + D**2 * varU / u**4 - 2 * D * covDU / u**3
qt = stats.t.isf(0.025, res.df)
print("cuped rel", r(D / u), "se", r(np.sqrt(varL)), "ci", r(D / u - qt * np.sqrt(varL)), r(D / u + qt * np.sqrt(varL)))
raw = stats.ttest_ind(yt, yc, equal_var=False)
print("unadjusted welch t", r(raw.statistic), "p", r(raw.pvalue))
