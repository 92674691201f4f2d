"""Reference values for distribution/*Test.java (SciPy 1.17.1, mpmath 1.3.0)."""
import mpmath as mp
from scipy import stats, special

mp.mp.dps = 50
print("normal sf (scipy.stats.norm.sf)")
for z in [1.0, 5.0, 8.3, 10.0, 20.0, 37.0, -2.5]:
    print(z, repr(stats.norm.sf(z)))
print("normal isf (scipy.stats.norm.isf)")
for q in [0.025, 0.4, 1e-10, 1e-300, 0.975]:
    print(q, repr(stats.norm.isf(q)))
print("partial expectation phi(z) - z sf(z) (mpmath)")
for z in [-1.0, 2.0, 3.0, 5.0, 20.0]:
    z = mp.mpf(z)
    print(z, mp.nstr(mp.npdf(z) - z * mp.ncdf(-z), 20))

def tsf(t, df):
    t = mp.mpf(t); df = mp.mpf(df)
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2

print("student t sf (mpmath, 50 digits)")
for df in [3, 10, 1000, 1e5, 1e8]:
    print(df, [mp.nstr(tsf(t, df), 20) for t in [0.5, 2, 5, 10, 20]])
print("student t isf (scipy.stats.t.isf)")
for q, df in [(0.025, 1e8), (0.025, 3.7), (1e-10, 1), (0.05, 12.5), (1e-20, 150000.0)]:
    print(q, df, repr(stats.t.isf(q, df)))
print("incomplete beta (scipy.special.betainc / betaincc)")
for a, b, x in [(2.5, 3.5, 0.3), (50, 60, 0.7), (0.5, 5e7, 1e-8), (1e7 + 1, 9e7 + 1, 0.1), (1e7 + 1, 9e7 + 1, 0.1001), (1e-3, 2.0, 0.5)]:
    print(a, b, x, repr(special.betainc(a, b, x)), repr(special.betaincc(a, b, x)))
print("chi-square sf (scipy.stats.chi2.sf)")
for x, df in [(3.8414588206941254, 1), (30, 2), (500, 3), (1500, 1)]:
    print(x, df, repr(stats.chi2.sf(x, df)))
