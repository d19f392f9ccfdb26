package org.carnet.tracking.ui;

import java.util.ArrayList;
import java.util.List;
import org.carnet.intake.Product;
import org.carnet.tracking.Effect;
import org.carnet.tracking.Exposure;
import org.carnet.tracking.OnOffResult;
import org.carnet.tracking.Protocol;
import org.carnet.tracking.Question;
import org.carnet.tracking.Verdict;
import org.carnet.ui.Messages;

/**
 * An estimate in words, the same on the tracking page, the home card and the summary for the doctor: "−1.3 per
 * night (range −2.4 to −0.2), about 95 % likely lower", the verdict against the 30 % band, what is missing, the
 * smallest detectable change and the regression-to-the-mean note. No JavaFX.
 */
public final class EffectWords {
    private final Messages messages;

    public EffectWords(Messages messages) {
        this.messages = messages;
    }

    /** "{symptom}: −1.3 per night (range −2.4 to −0.2), about 95 % likely lower — better", or the shortfall. */
    public String line(Effect effect) {
        String symptom = SymptomWords.name(effect.symptom(), messages);
        if (!effect.hasEstimate()) {
            return messages.get("effect.line.notEnough", symptom, missing(effect));
        }
        return messages.get("effect.line", symptom, estimate(effect),
                messages.of("effect.verdict.short", effect.verdict()));
    }

    /** The short form for a list: "Fatigue (0–10) −2.2 (−4.0 to −0.5) better", or "… not enough data yet". */
    public String compact(Effect effect) {
        String symptom = SymptomWords.name(effect.symptom(), messages);
        String verdict = messages.of("effect.verdict.short", effect.verdict());
        if (effect.hasEstimate() && effect.exact()) {
            return messages.get("effect.compact.exact", symptom, signed(effect.estimate()), verdict);
        }
        return effect.hasEstimate() ? messages.get("effect.compact", symptom, signed(effect.estimate()),
                signed(effect.low()), signed(effect.high()), verdict) : symptom + " " + verdict;
    }

    /** "−1.3 per night (range −2.4 to −0.2), about 95 % likely lower". */
    public String estimate(Effect effect) {
        if (effect.exact()) {
            // Every recorded day on each side has the same value: no range, no "how likely", only the exact figure.
            return Math.abs(effect.estimate()) < 1e-9
                    ? messages.get("effect.estimate.exactNone")
                    : messages.get("effect.estimate.exact", signed(effect.estimate()), unit(effect));
        }
        return messages.get("effect.estimate", signed(effect.estimate()), unit(effect), signed(effect.low()),
                signed(effect.high()), likely(effect));
    }

    /** "about 85 % likely lower" (higher for sleep quality, whose rise is the improvement). */
    public String likely(Effect effect) {
        double p = effect.probabilityBetter();
        int percent = (int) Math.round(100 * p);
        int shown = p > 0.99 ? 100 : p < 0.01 ? 0 : percent >= 5 && percent <= 95 ? 5 * Math.round(percent / 5f)
                : percent;
        return messages.get("effect.likely", shown, effect.symptom().higherIsBetter() ? 1 : 0);
    }

    /** The verdict, explained against the 30 % band. */
    public String verdict(Effect effect) {
        return messages.get("effect.verdict." + effect.verdict().name(), number(effect.band()), unit(effect));
    }

    /** What the comparison still lacks, e.g. "5 more recorded days under the protocol". */
    public String missing(Effect effect) {
        Effect.Shortfall s = effect.shortfall();
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String side = side(effect.question());
        if (s.moreDaysWith() > 0) {
            parts.add(messages.get("effect.missing.with", s.moreDaysWith(), messages.get("effect.side.with." + side)));
        }
        if (s.moreDaysWithout() > 0) {
            parts.add(s.withoutCanGrow() || !"PROTOCOL".equals(side)
                    ? messages.get("effect.missing.without", s.moreDaysWithout(),
                            messages.get("effect.side.without." + side))
                    : messages.get("effect.missing.baseline", effect.daysWithout(), s.moreDaysWithout()));
        }
        if (parts.isEmpty()) {
            parts.add(messages.get("effect.missing.variation"));
        }
        return String.join(messages.get("effect.missing.and"), parts);
    }

    /** The smallest change this comparison could find, "so far" while there is not enough data; null if none. */
    public String detectable(Effect effect) {
        if (effect.detectable() == null || effect.exact()) {
            return null;
        }
        return messages.get(effect.hasEstimate() ? "effect.detectable" : "effect.detectable.soFar",
                number(effect.detectable()), unit(effect));
    }

    /** The regression-to-the-mean note with its figures, or null. */
    public String earlier(Effect effect) {
        Effect.EarlierWeeks earlier = effect.earlier();
        if (earlier == null) {
            return null;
        }
        return messages.get("effect.earlier", number(earlier.baselineMean()), number(earlier.mean()),
                earlier.recordedDays());
    }

    /** What is compared: "days under the protocol vs the 14 days before · same day’s entry". */
    public String question(Question question, Protocol protocol, List<Product> products) {
        String exposure = switch (question.exposure()) {
            case PROTOCOL -> messages.get(protocol.onOff() != null ? "effect.exposure.ONOFF"
                    : "effect.exposure.PROTOCOL");
            case MAGNESIUM -> messages.get("effect.exposure.MAGNESIUM", question.threshold());
            case PRODUCT -> messages.get("effect.exposure.PRODUCT", products.stream()
                    .filter(p -> p.id() != null && p.id().equals(question.productId())).map(Product::name)
                    .findFirst().orElse("?"), question.threshold() == null ? 1 : question.threshold());
        };
        return messages.get("effect.question", SymptomWords.name(question.symptom(), messages), exposure,
                messages.get("effect.lag." + question.lagDays()));
    }

    /** Today's block of an on/off plan, or what comes before or after it. */
    public String today(Protocol protocol, OnOffResult onOff, java.time.LocalDate today) {
        if (onOff.todayBlock() < 0) {
            return today.isBefore(protocol.start()) ? messages.get("onoff.before", messages.shortDate(protocol.start()))
                    : messages.get("onoff.over");
        }
        return messages.get(onOff.todayOn() ? "onoff.today.on" : "onoff.today.off", onOff.todayBlock() + 1,
                onOff.plan().on().size(), onOff.daysLeftInBlock(protocol.start(), today));
    }

    /** The exact test's result, or when it will come. */
    public String test(OnOffResult onOff) {
        if (!onOff.complete()) {
            return messages.get("onoff.pending", messages.shortDate(onOff.lastEntryDay()),
                    onOff.plan().bestPossibleP());
        }
        if (onOff.test() == null) {
            return messages.get("onoff.noResult");
        }
        return messages.get("onoff.result", onOff.test().schedules(), onOff.test().p(), onOff.plan().bestPossibleP());
    }

    private String side(Question question) {
        return question.exposure() == Exposure.PROTOCOL ? "PROTOCOL" : question.exposure().name();
    }

    private String unit(Effect effect) {
        return SymptomWords.unit(effect.symptom(), messages);
    }

    String signed(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == 0 ? String.format(messages.locale(), "%.1f", 0.0)
                : String.format(messages.locale(), "%+.1f", rounded).replace('-', '\u2212');
    }

    /** One decimal, two under 0.1 so that a small band or change does not read as 0.0. */
    String number(double value) {
        return String.format(messages.locale(), Math.abs(value) < 0.095 && value != 0 ? "%.2f" : "%.1f", value);
    }

    /** For views that need the enum's short word. */
    public String verdictWord(Verdict verdict) {
        return messages.of("effect.verdict.short", verdict);
    }
}
