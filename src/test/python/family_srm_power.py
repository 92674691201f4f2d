"""Reference values for correction, srm, power and capping tests (SciPy 1.17.1, NumPy 2.4). Holm and BH follow R's
p.adjust source (R 4.x, src/library/stats/R/p.adjust.R), re-typed here since statsmodels is not installed."""
import numpy as np
from scipy import optimize, stats

r = repr

def p_adjust(p, method):
    p = np.asarray(p, dtype=float); n = len(p)
    if method == "holm":
        o = np.argsort(p, kind="stable"); ro = np.argsort(o, kind="stable")
        return np.minimum(1, np.maximum.accumulate((n - np.arange(n)) * p[o]))[ro]
    if method == "BH":
        i = np.arange(n, 0, -1); o = np.argsort(-p, kind="stable"); ro = np.argsort(o, kind="stable")
        return np.minimum(1, np.minimum.accumulate(n / i * p[o]))[ro]

family = [0.01, 0.04, 0.03, 0.005, 0.2, 0.0001]
print("holm", [r(x) for x in p_adjust(family, "holm")])
print("BH", [r(x) for x in p_adjust(family, "BH")])

print("== SRM (scipy.stats.chisquare)")
print("cookie cats", r(stats.chisquare([44700, 45489]).statistic), r(stats.chisquare([44700, 45489]).pvalue))
res = stats.chisquare([1020, 8980], f_exp=[1000, 9000]); print("10/90", r(res.statistic), r(res.pvalue))
res = stats.chisquare([2510, 2490, 5150], f_exp=[10150 / 4, 10150 / 4, 10150 / 2]); print("1:1:2", r(res.statistic), r(res.pvalue))
res = stats.chisquare([50000, 48000]); print("big mismatch", r(res.statistic), r(res.pvalue))

print("== power (R power.prop.test form, strict=FALSE; scipy.stats.norm, optimize.brentq)")
def prop_power(p1, p2, n, alpha=0.05, sides=2):
    za = stats.norm.isf(alpha / sides); pb = (p1 + p2) / 2
    return stats.norm.cdf((np.sqrt(n) * abs(p2 - p1) - za * np.sqrt(2 * pb * (1 - pb))) / np.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
for p1, p2 in [(0.10, 0.11), (0.19, 0.18), (0.01, 0.0105)]:
    n = optimize.brentq(lambda n: prop_power(p1, p2, n) - 0.8, 2, 1e9, xtol=1e-10, rtol=1e-14)
    print("prop n", p1, p2, r(n), "power at 10000", r(prop_power(p1, p2, 10000)))
p2 = optimize.brentq(lambda q: prop_power(0.10, q, 20000) - 0.8, 0.1000001, 0.5, xtol=1e-16, rtol=1e-15)
print("prop mde n=20000 base 0.10", r(p2 - 0.10), r((p2 - 0.10) / 0.10))
print("prop n one-sided", r(optimize.brentq(lambda n: prop_power(0.10, 0.11, n, sides=1) - 0.8, 2, 1e9, xtol=1e-10, rtol=1e-14)))
za, zb = stats.norm.isf(0.025), stats.norm.isf(0.2)
print("mean n sd=2 effect=0.1", r(2 * (2 * (za + zb) / 0.1) ** 2), "power n=5000", r(stats.norm.cdf(0.1 / (2 * np.sqrt(2 / 5000)) - za)),
      "mde n=5000", r((za + zb) * 2 * np.sqrt(2 / 5000)))

print("== percentiles (numpy.percentile, method='linear')")
v = np.array([0.3, 1.7, 4.2, 2.9, 10.5, 0.8, 6.1, 3.3])
for q in [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1]:
    print(q, r(np.quantile(v, q, method="linear")))
big = np.array([(i * i % 1009) / 7.0 + (1000.0 if i % 997 == 0 else 0.0) for i in range(100001)])
print("deterministic n=100001 p99", r(np.quantile(big, 0.99)), "p99.9", r(np.quantile(big, 0.999)), "p1", r(np.quantile(big, 0.01)))
