package org.carnet.tracking;

import java.util.Objects;

/**
 * The one question a protocol declares when it starts: which symptom, against which exposure, measured how many
 * days later ({@code lagDays}, 0 or 1). Any other comparison Carnet shows is exploratory. {@code productId} is set
 * for {@link Exposure#PRODUCT}; {@code threshold} is the mg of magnesium for {@link Exposure#MAGNESIUM} or the units
 * of the product for {@link Exposure#PRODUCT}, null for {@link Exposure#PROTOCOL}.
 *
 * <p>Lag: a check-in is dated the morning it is written, and its cramps at night and sleep are those of the night
 * before it (a cramp at 3 a.m. belongs to that day). So for nightly symptoms, a dose at dinner acts on the next
 * day's entry: lag 1. For daytime symptoms the same day's entry: lag 0 ({@link #usualLag}).
 */
public record Question(Tracked symptom, Exposure exposure, Long productId, Double threshold, int lagDays) {
    public static final int MAX_LAG_DAYS = 1;
    /** The magnesium threshold offered first: the reference intake (MG_REFERENCE_INTAKE, 375 mg/day). */
    public static final double DEFAULT_MAGNESIUM_MG = 375;

    public Question {
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(exposure, "exposure");
        if (exposure == Exposure.PROTOCOL) {
            productId = null;
            threshold = null;
        } else if (exposure == Exposure.MAGNESIUM) {
            productId = null;
        }
    }

    /** The protocol's days against its baseline, for a symptom, at the symptom's usual lag. */
    public static Question protocol(Tracked symptom) {
        return new Question(symptom, Exposure.PROTOCOL, null, null, usualLag(symptom));
    }

    /** Cramps and sleep are logged the morning after the night they happen: an evening dose shows the next day. */
    public static int usualLag(Tracked symptom) {
        return symptom.nightly() ? 1 : 0;
    }

    /** The same exposure and threshold for another symptom, at that symptom's usual lag (exploratory). */
    public Question forSymptom(Tracked other) {
        return other.equals(symptom) ? this : new Question(other, exposure, productId, threshold, usualLag(other));
    }
}
