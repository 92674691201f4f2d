package com.splitbench.sample;

/**
 * User ids in ULID form (26 Crockford base-32 characters: 48 bits of milliseconds, then 80 bits), as many event
 * pipelines issue them. The last 64 bits are a bijective mix of the user's index, so ids never collide.
 */
final class UserIds {

    private static final byte[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
    static final int LENGTH = 26;

    private UserIds() {
    }

    /** The splitmix64 finaliser: a bijection on 64-bit values with good avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * @param epochMillis  the id's time part (the user's sign-up)
     * @param uniqueBits   64 bits unique to the user
     * @param extraBits    16 more bits of noise
     */
    static byte[] ulid(long epochMillis, long uniqueBits, int extraBits) {
        byte[] id = new byte[LENGTH];
        // 10 characters of time: 50 bits, of which the top 2 are zero for any time before the year 10889.
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (epochMillis & 31)];
            epochMillis >>>= 5;
        }
        // 16 characters of randomness: 80 bits = 16 extra bits followed by the 64 unique bits.
        long low = uniqueBits;
        int high = extraBits & 0xFFFF;
        for (int i = LENGTH - 1; i >= 10; i--) {
            id[i] = CROCKFORD[(int) (low & 31)];
            low = (low >>> 5) | ((long) (high & 31) << 59);
            high >>>= 5;
        }
        return id;
    }
}
