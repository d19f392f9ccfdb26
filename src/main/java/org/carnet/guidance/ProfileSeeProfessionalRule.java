package org.carnet.guidance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carnet.profile.Profile;
import org.carnet.profile.RiskFactor;

/**
 * PROFILE_SEE_PROFESSIONAL: a profile with pregnancy / breastfeeding, kidney disease, poorly controlled diabetes or
 * cancer, or with {@link #SEVERAL_MEDICATIONS} or more of the listed medications (diuretics, digitalis, proton-pump
 * inhibitors), on a day with any supplement logged → CAUTION: the source advises a professional's opinion. Args:
 * {0} number of factors that call for it, {1} those factors ({@code List<RiskFactor>}, in declaration order, for the
 * screen to name in its own words; the message does not print it).
 */
public final class ProfileSeeProfessionalRule implements Rule {
    public static final String ID = "PROFILE_SEE_PROFESSIONAL";
    /** "Several medications": two or more of the listed ones. */
    public static final int SEVERAL_MEDICATIONS = 2;
    /** Situations that call for a professional on their own (guidance-facts, See a professional promptly). */
    public static final Set<RiskFactor> ON_THEIR_OWN = Set.copyOf(EnumSet.of(RiskFactor.PREGNANCY_OR_BREASTFEEDING,
            RiskFactor.KIDNEY_DISEASE, RiskFactor.POORLY_CONTROLLED_DIABETES, RiskFactor.CANCER));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Fact fact() {
        return Fact.SEE_PRO_RISK_PROFILE;
    }

    @Override
    public List<Finding> evaluate(DayIntake day) {
        if (Amounts.taken(day).isEmpty()) {
            return List.of();
        }
        return finding(day.profile(), day).map(List::of).orElse(List.of());
    }

    /** The same finding for the profile alone, with no day (for the profile screen); empty if nothing calls for it. */
    public static Optional<Finding> evaluateProfile(Profile profile) {
        return finding(profile, null);
    }

    /** The factors of the profile that call for a professional: the serious ones, and the medications if several. */
    public static List<RiskFactor> factorsCallingForProfessional(Profile profile) {
        if (profile == null) {
            return List.of();
        }
        List<RiskFactor> factors = new ArrayList<>();
        List<RiskFactor> medications = new ArrayList<>();
        for (RiskFactor factor : RiskFactor.values()) {
            if (!profile.has(factor)) {
                continue;
            }
            if (ON_THEIR_OWN.contains(factor)) {
                factors.add(factor);
            } else if (factor.isListedMedication()) {
                medications.add(factor);
            }
        }
        if (medications.size() >= SEVERAL_MEDICATIONS) {
            factors.addAll(medications);
        }
        return List.copyOf(factors);
    }

    private static Optional<Finding> finding(Profile profile, DayIntake day) {
        List<RiskFactor> factors = factorsCallingForProfessional(profile);
        if (factors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, Severity.CAUTION, day == null ? null : day.day(),
                Fact.SEE_PRO_RISK_PROFILE, List.of(factors.size(), factors)));
    }
}
