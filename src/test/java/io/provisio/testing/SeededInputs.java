package io.provisio.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeded random inputs for tests that try many values: one seed per run (the system property
 * {@code provisio.seed}, or a fresh one), printed with any failure, so a failing run can be repeated
 * exactly with {@code -Dprovisio.seed=<seed>}.
 */
public final class SeededInputs {

    private static final String CHOSEN = System.getProperty("provisio.seed");
    /** Characters that break naive parsers: quotes, escapes, brackets, controls, non-ASCII. */
    private static final String AWKWARD = "\"\\[]().:$ \t\r\n\u0000\u001f\u007f\u00e9\u200b\ufeff\uffff";

    private final long seed;

    private SeededInputs(long seed) {
        this.seed = seed;
    }

    /** The run's generator: the chosen seed, or a new one. */
    public static SeededInputs create() {
        return new SeededInputs(CHOSEN != null ? Long.parseLong(CHOSEN) : new Random().nextLong());
    }

    /**
     * Calls the check {@code tries} times, each with a generator of its own derived from the seed;
     * a failure is rethrown naming the seed and the try.
     */
    public void forEach(int tries, Consumer<Random> check) {
        for (int i = 0; i < tries; i++) {
            Random random = new Random(seed * 31 + i);
            try {
                check.accept(random);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError("failed at try " + i + " of seed " + seed
                        + " (repeat with -Dprovisio.seed=" + seed + ")", e);
            }
        }
    }

    /**
     * A string of up to {@code maxLength} UTF-16 units: mostly ASCII, with awkward characters,
     * any BMP character, supplementary characters and lone surrogates mixed in.
     */
    public static String text(Random random, int maxLength) {
        return text(random, maxLength, true);
    }

    /** As {@link #text(Random, int)}, without lone surrogates: text that survives UTF-8 unchanged. */
    public static String wellFormedText(Random random, int maxLength) {
        return text(random, maxLength, false);
    }

    private static String text(Random random, int maxLength, boolean loneSurrogates) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 7) {
                text.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            } else if (kind < 9) {
                char any = (char) random.nextInt(0x10000);
                text.append(loneSurrogates || !Character.isSurrogate(any) ? any : '?');
            } else {
                text.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
            }
        }
        // a supplementary character at the end may overshoot by one unit; drop it whole
        return text.length() > length ? text.substring(0, text.length() - 2) : text.toString();
    }

    /** Up to {@code maxTokens} of the given tokens, each joined by the separator. */
    public static String soup(Random random, List<String> tokens, int maxTokens, String separator) {
        StringBuilder soup = new StringBuilder();
        int count = random.nextInt(maxTokens + 1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                soup.append(separator);
            }
            soup.append(tokens.get(random.nextInt(tokens.size())));
        }
        return soup.toString();
    }

    public long seed() {
        return seed;
    }
}
