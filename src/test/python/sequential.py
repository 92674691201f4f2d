"""Hand computation of the asymptotic confidence sequence (Waudby-Smith et al. 2023) as GrowthBook's gbstats and
Eppo's docs publish it, for sequential/*Test.java."""
import math
from scipy import stats

def rho(alpha, n_star):
    return math.sqrt((-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / n_star)

def halfwidth_gb(se, n, n_star, alpha):
    # gbstats sequentialIntervalHalfwidth with s2 = se^2 * n
    r = rho(alpha, n_star); s2 = se * se * n
    return math.sqrt(s2) * math.sqrt(2 * (n * r * r + 1) * math.log(math.sqrt(n * r * r + 1) / alpha) / (n * r) ** 2)

def halfwidth_eppo(se, t, n_tune, c):
    a = 1 - c
    rho_e = n_tune / (math.log(math.log(math.e / a ** 2)) - 2 * math.log(a))
    b = math.sqrt((t + rho_e) * math.log((t + rho_e) / (rho_e * a ** 2))) / math.sqrt(t)
    return se * b

def pvalue_gb(est, se, n, n_star, alpha):
    r = rho(alpha, n_star); st2 = est * est * n / (se * se); tr2p1 = n * r * r + 1
    e = math.exp(r * r * st2 / (2 * tr2p1)) / math.sqrt(tr2p1)
    return min(1 / e, 1)

# Cookie Cats retention_7 (unpooled Wald SE of the difference), N* = 5000, alpha = 0.05.
nc, cc, nt, ct = 44700, 8502, 45489, 8279
pc, pt = cc / nc, ct / nt
se = math.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt)
est = pt - pc; n = nc + nt
print("rho", repr(rho(0.05, 5000)))
print("cookie halfwidth (gbstats form)", repr(halfwidth_gb(se, n, 5000, 0.05)), "(Eppo form)", repr(halfwidth_eppo(se, n, 5000, 0.95)))
print("cookie ci", repr(est - halfwidth_gb(se, n, 5000, 0.05)), repr(est + halfwidth_gb(se, n, 5000, 0.05)))
print("cookie always-valid p", repr(pvalue_gb(est, se, n, 5000, 0.05)))
print("fixed halfwidth", repr(stats.norm.isf(0.025) * se))
