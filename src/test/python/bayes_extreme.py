"""Exact credible bounds of the relative lift near 100% conversion, for BetaBinomialModelTest (mpmath 1.3.0).
Control: 10^8 of 10^8 converted, failure rate qC ~ Beta(1, N + 1); treatment: 10^8 - 1, qT ~ Beta(2, N) whose
survival is (1 - y)^N (1 + N y). P(pT / pC - 1 <= r) = P(qT >= (1 + r) qC - r)."""
import mpmath as mp
mp.mp.dps = 40
N = mp.mpf(10) ** 8

def survival_qt(y):
    return mp.mpf(1) if y <= 0 else (1 - y) ** N * (1 + N * y)

def lift_cdf(r):
    f = lambda s: (N + 1) * (1 - s) ** N * survival_qt((1 + r) * s - r)
    kink = r / (1 + r)
    pts = sorted(set([mp.mpf(0), max(mp.mpf(0), kink), mp.mpf(1e-7), mp.mpf(1e-6), mp.mpf(1)]))
    return mp.quad(f, pts)

for p in (mp.mpf('0.025'), mp.mpf('0.975')):
    root = mp.findroot(lambda r: lift_cdf(r) - p, (mp.mpf(-6e-8), mp.mpf(6e-8)), solver='bisect' if False else 'secant')
    print(p, mp.nstr(root, 20))
