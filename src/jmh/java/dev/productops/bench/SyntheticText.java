package dev.productops.bench;

import java.util.SplittableRandom;

/** Plausible product-feedback text: titles, multi-line quotes and company names, from small word lists. */
final class SyntheticText {
    private static final String[] WORDS = ("checkout slow export report dashboard invoice mobile app login sso "
            + "permissions search filter latency timeout crash sync calendar integration billing refund api webhook "
            + "onboarding approval workflow audit csv pdf notification email reminder offline upload attachment "
            + "android ios tablet dark mode accessibility keyboard shortcut bulk edit import sandbox currency tax "
            + "discount coupon subscription renewal contract seat license admin role team project board sprint "
            + "we our users customers every week always never need want cannot lose hours manual workaround because "
            + "when after before during the a to of and for with without is are was it this that they").split(" ");
    private static final String[] COMPANY_FIRST = ("Acme Globex Initech Umbrella Stark Wayne Wonka Hooli Vandelay "
            + "Cyberdyne Soylent Tyrell Aperture Massive Oscorp Gringotts Monarch Nakatomi Pied Virtucon").split(" ");
    private static final String[] COMPANY_SECOND = ("Systems Labs Foods Logistics Health Bank Retail Media Energy "
            + "Motors Insurance Travel Telecom Pharma Robotics Analytics Holdings Software Devices Capital").split(" ");
    private static final String[] COMPANY_SUFFIX = {"Inc", "Ltd", "GmbH", "SA", "BV", "AB", "Oy", "KK", "LLC", "plc"};

    private SyntheticText() {
    }

    static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    static String title(SplittableRandom random) {
        String words = words(random, 4 + random.nextInt(9));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Mostly a few sentences, sometimes a long pasted transcript (quotes are up to 64 KiB in the product). */
    static String quote(SplittableRandom random) {
        int sentences = random.nextInt(10) == 0 ? 20 + random.nextInt(60) : 1 + random.nextInt(6);
        StringBuilder quote = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                quote.append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            String sentence = words(random, 6 + random.nextInt(14));
            quote.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append('.');
        }
        return quote.toString();
    }

    /** Unique by construction: the number makes it so (customer names are unique in the product). */
    static String company(SplittableRandom random, int number) {
        return COMPANY_FIRST[random.nextInt(COMPANY_FIRST.length)] + " " + COMPANY_SECOND[random.nextInt(COMPANY_SECOND.length)]
                + " " + number + " " + COMPANY_SUFFIX[random.nextInt(COMPANY_SUFFIX.length)];
    }
}
