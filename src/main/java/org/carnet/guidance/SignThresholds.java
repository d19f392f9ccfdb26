package org.carnet.guidance;

/**
 * Carnet's readings of the words of SEE_PRO_OTHER_SIGNS. The source (MG « Quand demander un avis professionnel »)
 * names the signs without a figure: "persistent", "frequent" and "weight loss" are read here, each a named value
 * that the message states, as for the 30 % and 80 % readings of tracking (TrackingThresholds).
 */
public final class SignThresholds {
    /** How far back the journal is read for these signs, in days (the longest span below). */
    public static final int LOOKBACK_DAYS = 30;

    /** "Persistent" diarrhoea: logged on at least this many days ... */
    public static final int PERSISTENT_DIARRHOEA_DAYS = 3;
    /** ... of the last this many days (the day itself included), with a magnesium supplement taken that day. */
    public static final int PERSISTENT_DIARRHOEA_SPAN_DAYS = 7;

    /** "Frequent" migraines: a headache or migraine logged on at least this many days ... */
    public static final int FREQUENT_HEADACHE_DAYS = 4;
    /** ... of the last this many days (the day itself included). */
    public static final int FREQUENT_HEADACHE_SPAN_DAYS = 30;

    /** "Weight loss": at least this share of the highest weight logged ... */
    public static final double WEIGHT_LOSS_PERCENT = 5;
    /** ... within the last this many days (the day itself included). */
    public static final int WEIGHT_LOSS_SPAN_DAYS = 30;

    private SignThresholds() {
    }
}
