// Grisu2 as described in Loitsch's "Printing Floating-Point Numbers Quickly
// and Accurately with Integers" (PLDI 2010), with the choices nlohmann::json
// makes (its cached-power table and selection, its narrowed boundaries and
// its last-digit rounding), so that the digits are the same as Nix's.
#include "util/json_float.hh"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace hearth::util {

namespace {

// f * 2^e, f with 64 significant bits once normalised.
struct Fp {
    uint64_t f;
    int e;
};

// The product's upper 64 bits, rounded half up.
Fp mul(Fp a, Fp b) {
    unsigned __int128 p = static_cast<unsigned __int128>(a.f) * b.f + (uint64_t{1} << 63);
    return {uint64_t(p >> 64), a.e + b.e + 64};
}

Fp normalise(Fp x) {
    while (!(x.f >> 63)) x.f <<= 1, --x.e;
    return x;
}

struct CachedPower {
    uint64_t f;
    int e;
    int k; // the power of ten: f * 2^e ~ 10^k
};

// 10^k for k = -300, -292, ..., 324, rounded to 64 bits (computed exactly
// with rationals; nlohmann's table holds the same numbers).
constexpr CachedPower cached_powers[] = {
    {0xAB70FE17C79AC6CA, -1060, -300}, {0xFF77B1FCBEBCDC4F, -1034, -292},
    {0xBE5691EF416BD60C, -1007, -284}, {0x8DD01FAD907FFC3C, -980, -276},
    {0xD3515C2831559A83, -954, -268},  {0x9D71AC8FADA6C9B5, -927, -260},
    {0xEA9C227723EE8BCB, -901, -252},  {0xAECC49914078536D, -874, -244},
    {0x823C12795DB6CE57, -847, -236},  {0xC21094364DFB5637, -821, -228},
    {0x9096EA6F3848984F, -794, -220},  {0xD77485CB25823AC7, -768, -212},
    {0xA086CFCD97BF97F4, -741, -204},  {0xEF340A98172AACE5, -715, -196},
    {0xB23867FB2A35B28E, -688, -188},  {0x84C8D4DFD2C63F3B, -661, -180},
    {0xC5DD44271AD3CDBA, -635, -172},  {0x936B9FCEBB25C996, -608, -164},
    {0xDBAC6C247D62A584, -582, -156},  {0xA3AB66580D5FDAF6, -555, -148},
    {0xF3E2F893DEC3F126, -529, -140},  {0xB5B5ADA8AAFF80B8, -502, -132},
    {0x87625F056C7C4A8B, -475, -124},  {0xC9BCFF6034C13053, -449, -116},
    {0x964E858C91BA2655, -422, -108},  {0xDFF9772470297EBD, -396, -100},
    {0xA6DFBD9FB8E5B88F, -369, -92},   {0xF8A95FCF88747D94, -343, -84},
    {0xB94470938FA89BCF, -316, -76},   {0x8A08F0F8BF0F156B, -289, -68},
    {0xCDB02555653131B6, -263, -60},   {0x993FE2C6D07B7FAC, -236, -52},
    {0xE45C10C42A2B3B06, -210, -44},   {0xAA242499697392D3, -183, -36},
    {0xFD87B5F28300CA0E, -157, -28},   {0xBCE5086492111AEB, -130, -20},
    {0x8CBCCC096F5088CC, -103, -12},   {0xD1B71758E219652C, -77, -4},
    {0x9C40000000000000, -50, 4},      {0xE8D4A51000000000, -24, 12},
    {0xAD78EBC5AC620000, 3, 20},       {0x813F3978F8940984, 30, 28},
    {0xC097CE7BC90715B3, 56, 36},      {0x8F7E32CE7BEA5C70, 83, 44},
    {0xD5D238A4ABE98068, 109, 52},     {0x9F4F2726179A2245, 136, 60},
    {0xED63A231D4C4FB27, 162, 68},     {0xB0DE65388CC8ADA8, 189, 76},
    {0x83C7088E1AAB65DB, 216, 84},     {0xC45D1DF942711D9A, 242, 92},
    {0x924D692CA61BE758, 269, 100},    {0xDA01EE641A708DEA, 295, 108},
    {0xA26DA3999AEF774A, 322, 116},    {0xF209787BB47D6B85, 348, 124},
    {0xB454E4A179DD1877, 375, 132},    {0x865B86925B9BC5C2, 402, 140},
    {0xC83553C5C8965D3D, 428, 148},    {0x952AB45CFA97A0B3, 455, 156},
    {0xDE469FBD99A05FE3, 481, 164},    {0xA59BC234DB398C25, 508, 172},
    {0xF6C69A72A3989F5C, 534, 180},    {0xB7DCBF5354E9BECE, 561, 188},
    {0x88FCF317F22241E2, 588, 196},    {0xCC20CE9BD35C78A5, 614, 204},
    {0x98165AF37B2153DF, 641, 212},    {0xE2A0B5DC971F303A, 667, 220},
    {0xA8D9D1535CE3B396, 694, 228},    {0xFB9B7CD9A4A7443C, 720, 236},
    {0xBB764C4CA7A44410, 747, 244},    {0x8BAB8EEFB6409C1A, 774, 252},
    {0xD01FEF10A657842C, 800, 260},    {0x9B10A4E5E9913129, 827, 268},
    {0xE7109BFBA19C0C9D, 853, 276},    {0xAC2820D9623BF429, 880, 284},
    {0x80444B5E7AA7CF85, 907, 292},    {0xBF21E44003ACDD2D, 933, 300},
    {0x8E679C2F5E44FF8F, 960, 308},    {0xD433179D9C8CB841, 986, 316},
    {0x9E19DB92B4E31BA9, 1013, 324},
};
constexpr int first_k = -300, k_step = 8;

// The power that scales a number with binary exponent e into the window
// [2^-60, 2^-32) Grisu needs: k ~ ceil((-61 - e) * log10(2)), rounded up to
// the table's step.
const CachedPower& cached_power_for(int e) {
    constexpr int alpha = -60;
    const int f = alpha - e - 1;
    const int k = (f * 78913) / (1 << 18) + int(f > 0); // 78913 / 2^18 ~ log10(2)
    const int index = (-first_k + k + (k_step - 1)) / k_step;
    return cached_powers[index];
}

// Steps the last digit down while that brings the number closer to w and
// stays in the interval (rest: distance to the upper bound; dist: from w to
// it; delta: the interval's width; unit: one in the last digit).
void round_last(std::string& digits, uint64_t dist, uint64_t delta, uint64_t rest, uint64_t unit) {
    while (rest < dist && delta - rest >= unit &&
           (rest + unit < dist || dist - rest > rest + unit - dist)) {
        --digits.back();
        rest += unit;
    }
}

// The digits of a number in [lo, hi] near w (all scaled by the same power
// of ten); exp10 receives the power of ten of the last digit, adjusted.
void generate(std::string& digits, int& exp10, Fp lo, Fp w, Fp hi) {
    uint64_t delta = hi.f - lo.f;
    uint64_t dist = hi.f - w.f;
    const int shift = -hi.e;
    const uint64_t one = uint64_t{1} << shift;
    uint32_t whole = uint32_t(hi.f >> shift); // fits: shift >= 32
    uint64_t frac = hi.f & (one - 1);

    uint32_t pow10 = 1;
    int n = 1;
    while (n < 10 && whole >= pow10 * 10) pow10 *= 10, ++n;
    for (; n > 0; pow10 /= 10) {
        digits += char('0' + whole / pow10);
        whole %= pow10;
        --n;
        uint64_t rest = (uint64_t{whole} << shift) + frac;
        if (rest <= delta) {
            exp10 += n;
            round_last(digits, dist, delta, rest, uint64_t{pow10} << shift);
            return;
        }
    }
    int m = 0;
    for (;;) {
        frac *= 10;
        digits += char('0' + (frac >> shift));
        frac &= one - 1;
        ++m;
        delta *= 10;
        dist *= 10;
        if (frac <= delta) break;
    }
    exp10 -= m;
    round_last(digits, dist, delta, frac, one);
}

// The shortest-ish digits of d > 0 and the power of ten of the last one.
void grisu2(double d, std::string& digits, int& exp10) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    const uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
    const int biased = int(bits >> 52) & 0x7ff;
    constexpr int bias = 1075; // 1023, and the 52 fraction bits
    Fp v = biased == 0 ? Fp{fraction, 1 - bias} : Fp{fraction + (uint64_t{1} << 52), biased - bias};
    // The boundaries halfway to the neighbouring doubles; the lower one is
    // nearer when d is a power of two (but not the smallest normal).
    const bool lower_closer = fraction == 0 && biased > 1;
    Fp hi = normalise({2 * v.f + 1, v.e - 1});
    Fp lo = lower_closer ? Fp{4 * v.f - 1, v.e - 2} : Fp{2 * v.f - 1, v.e - 1};
    lo.f <<= lo.e - hi.e;
    lo.e = hi.e;
    v = normalise(v);

    const CachedPower& c = cached_power_for(hi.e);
    const Fp scale{c.f, c.e};
    const Fp w = mul(v, scale);
    Fp w_lo = mul(lo, scale), w_hi = mul(hi, scale);
    // One unit in from each end: the products are inexact by up to one.
    w_lo.f += 1;
    w_hi.f -= 1;
    exp10 = -c.k;
    generate(digits, exp10, w_lo, w, w_hi);
}

} // namespace

std::string json_float(double d) {
    if (!std::isfinite(d)) return "null";
    std::string out;
    if (std::signbit(d)) {
        out += '-';
        d = -d;
    }
    if (d == 0) return out + "0.0";
    std::string digits;
    int exp10 = 0;
    grisu2(d, digits, exp10);
    const int k = int(digits.size());
    const int n = k + exp10; // the decimal point is after n digits
    if (k <= n && n <= 15) return out + digits + std::string(size_t(n - k), '0') + ".0";
    if (0 < n && n <= 15) return out + digits.substr(0, size_t(n)) + "." + digits.substr(size_t(n));
    if (-4 < n && n <= 0) return out + "0." + std::string(size_t(-n), '0') + digits;
    out += digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    int e = n - 1;
    out += e < 0 ? "e-" : "e+";
    if (e < 0) e = -e;
    if (e < 10) out += '0';
    return out + std::to_string(e);
}

} // namespace hearth::util
