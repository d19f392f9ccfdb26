package org.carnet.profile;

/** The one profile of the journal. */
public interface ProfileRepository {
    Profile load();

    void save(Profile profile);
}
