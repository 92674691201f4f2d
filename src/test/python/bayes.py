"""Reference values for bayes/*Test.java: SciPy 1.17.1 numerical integration (scipy.integrate.quad with
scipy.stats.beta) at epsrel 1e-13, and mpmath 1.3.0 at 40 digits where the parameters are small."""
import mpmath as mp
import numpy as np
from scipy import integrate, optimize, stats

mp.mp.dps = 40
r = repr

def posterior(n, c):
    return 1 + c, 1 + n - c

def ctb_quad(ac, bc, at, bt):
    dc = stats.beta(ac, bc); dt = stats.beta(at, bt)
    m, s = dc.mean(), dc.std()
    lo, hi = max(0.0, m - 40 * s), min(1.0, m + 40 * s)
    pts = list(np.linspace(lo, hi, 41)[1:-1])
    f = lambda x: dc.pdf(x) * dt.sf(x)
    g = lambda x: dc.pdf(x) * dt.cdf(x)
    kw = dict(epsabs=0, epsrel=1e-13, limit=2000, points=pts)
    p, _ = integrate.quad(f, lo, hi, **kw); q, _ = integrate.quad(g, lo, hi, **kw)
    return p / (p + q), q / (p + q)

def ctb_mp(ac, bc, at, bt):
    f = lambda x: mp.betapdf(x, ac, bc) if hasattr(mp, 'betapdf') else x**(ac-1)*(1-x)**(bc-1)/mp.beta(ac, bc)
    pdf = lambda x: x**(ac - 1) * (1 - x)**(bc - 1) / mp.beta(ac, bc)
    sf = lambda x: mp.betainc(at, bt, x, 1, regularized=True)
    return mp.quad(lambda x: pdf(x) * sf(x), [0, 0.25, 0.5, 0.75, 1])

cases = [(1000, 100, 1000, 120), (44700, 8502, 45489, 8279), (10, 3, 12, 4), (20, 0, 20, 20), (1, 0, 1, 1),
         (100_000_000, 10_000_000, 100_000_000, 10_003_000), (100_000_000, 100, 100_000_000, 130),
         (10_000, 1_000, 10_000, 700)]
print("chance to beat P(pT > pC), P(pC > pT)")
for nc, cc, nt, ct in cases:
    ac, bc = posterior(nc, cc); at, bt = posterior(nt, ct)
    p, q = ctb_quad(ac, bc, at, bt)
    line = f"{nc},{cc},{nt},{ct} scipy.quad {r(p)} {r(q)}"
    if nc <= 1000:
        line += " mpmath " + mp.nstr(ctb_mp(ac, bc, at, bt), 20)
    print(line)

print("credible intervals, 95%: scipy.stats.beta.ppf; difference and lift by scipy.integrate.quad + brentq")
def contrast_quantiles(ac, bc, at, bt, p):
    dc = stats.beta(ac, bc); dt = stats.beta(at, bt)
    m, s = dc.mean(), dc.std(); lo, hi = max(0.0, m - 40 * s), min(1.0, m + 40 * s)
    kw = dict(epsabs=0, epsrel=1e-12, limit=2000, points=list(np.linspace(lo, hi, 21)[1:-1]))
    diff_cdf = lambda d: integrate.quad(lambda x: dc.pdf(x) * dt.cdf(x + d), lo, hi, **kw)[0]
    rel_cdf = lambda rr: integrate.quad(lambda x: dc.pdf(x) * dt.cdf((1 + rr) * x), lo, hi, **kw)[0]
    d = optimize.brentq(lambda d: diff_cdf(d) - p, -1, 1, xtol=1e-15, rtol=1e-13)
    rr = optimize.brentq(lambda rr: rel_cdf(rr) - p, -0.999, 50, xtol=1e-15, rtol=1e-13)
    return d, rr
for nc, cc, nt, ct in [(44700, 8502, 45489, 8279), (1000, 100, 1000, 120)]:
    ac, bc = posterior(nc, cc); at, bt = posterior(nt, ct)
    print(nc, cc, nt, ct, "control", r(stats.beta.ppf(0.025, ac, bc)), r(stats.beta.ppf(0.975, ac, bc)),
          "treatment", r(stats.beta.ppf(0.025, at, bt)), r(stats.beta.ppf(0.975, at, bt)))
    d1, r1 = contrast_quantiles(ac, bc, at, bt, 0.025); d2, r2 = contrast_quantiles(ac, bc, at, bt, 0.975)
    print("   difference", r(d1), r(d2), "relative", r(r1), r(r2))

print("expected loss E[max(pC - pT, 0)], E[max(pT - pC, 0)] by scipy.integrate.dblquad-free 1-D quad")
for nc, cc, nt, ct in [(1000, 100, 1000, 120), (44700, 8502, 45489, 8279)]:
    ac, bc = posterior(nc, cc); at, bt = posterior(nt, ct)
    dc = stats.beta(ac, bc); dt = stats.beta(at, bt)
    m, s = dc.mean(), dc.std(); lo, hi = max(0.0, m - 40 * s), min(1.0, m + 40 * s)
    # E[(x - pT)+] = x F_T(x) - mean_T F_T'(x) with T' = Beta(at + 1, bt)
    inner_ship = lambda x: x * dt.cdf(x) - dt.mean() * stats.beta.cdf(x, at + 1, bt)
    inner_keep = lambda x: dt.mean() * stats.beta.sf(x, at + 1, bt) - x * dt.sf(x)
    kw = dict(epsabs=0, epsrel=1e-12, limit=2000, points=list(np.linspace(lo, hi, 21)[1:-1]))
    ship = integrate.quad(lambda x: dc.pdf(x) * inner_ship(x), lo, hi, **kw)[0]
    keep = integrate.quad(lambda x: dc.pdf(x) * inner_keep(x), lo, hi, **kw)[0]
    print(nc, cc, nt, ct, r(ship), r(keep))

print("Gaussian lift model (closed form, scipy.stats.norm)")
for est, se, tau in [(0.05, 0.02, None), (0.05, 0.02, 0.03), (-0.01, 0.004, None), (0.3, 0.02, None)]:
    if tau is None:
        m, s = est, se
    else:
        m = est * tau**2 / (tau**2 + se**2); s = se * tau / np.sqrt(tau**2 + se**2)
    z = m / s
    ship = s * (stats.norm.pdf(z) - z * stats.norm.sf(z)); keep = s * (stats.norm.pdf(-z) + z * stats.norm.cdf(z))
    q = stats.norm.isf(0.025)
    print(est, se, tau, "mean", r(m), "sd", r(s), "ctb", r(stats.norm.sf(-z)), "ctrl", r(stats.norm.sf(z)),
          "loss ship", r(ship), "loss keep", r(keep), "ci", r(m - q * s), r(m + q * s))
