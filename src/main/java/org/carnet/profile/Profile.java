package org.carnet.profile;

import java.util.EnumSet;
import java.util.Set;

/** The person, as far as they choose to say: every field optional. */
public record Profile(String name, Integer birthYear, Set<RiskFactor> riskFactors) {
    public Profile {
        name = name == null || name.isBlank() ? null : name.strip();
        riskFactors = riskFactors == null || riskFactors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(riskFactors));
    }

    public static Profile empty() {
        return new Profile(null, null, Set.of());
    }

    public boolean has(RiskFactor factor) {
        return riskFactors.contains(factor);
    }
}
