package org.carnet.storage;

import static org.carnet.storage.Jdbc.getInt;
import static org.carnet.storage.Jdbc.setInt;
import static org.carnet.storage.Jdbc.setString;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.carnet.profile.Profile;
import org.carnet.profile.ProfileRepository;
import org.carnet.profile.RiskFactor;

/** The profile as a single row. Risk factors are stored by name, comma-separated. */
public final class JdbcProfileRepository implements ProfileRepository {
    private final Jdbc jdbc;

    public JdbcProfileRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Profile load() {
        return jdbc.inTransaction("read the profile", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name, birth_year, risk_factors FROM profile WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Profile.empty();
                }
                return new Profile(rs.getString("name"), getInt(rs, "birth_year"), parse(rs.getString("risk_factors")));
            }
        });
    }

    @Override
    public void save(Profile profile) {
        jdbc.inTransaction("save the profile", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO profile (id, name, birth_year, risk_factors) KEY (id) VALUES (1, ?, ?, ?)")) {
                setString(s, 1, profile.name());
                setInt(s, 2, profile.birthYear());
                s.setString(3, profile.riskFactors().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                s.executeUpdate();
            }
            return null;
        });
    }

    private static Set<RiskFactor> parse(String text) {
        EnumSet<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(name -> {
                for (RiskFactor factor : RiskFactor.values()) {
                    if (factor.name().equals(name)) {
                        factors.add(factor);
                    }
                }
            });
        }
        return factors;
    }
}
