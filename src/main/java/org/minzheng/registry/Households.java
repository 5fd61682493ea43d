package org.minzheng.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.security.DataScope;

/**
 * The register of low-income households (低收入人口) and their members, for other modules. Read models
 * carry masked ID numbers; every change and every reveal of a full ID number is audited.
 */
public interface Households {

    /**
     * Registers a household with exactly one head. Nobody may belong to two households, so an ID
     * number that is already registered, or given twice, refuses the whole household.
     *
     * @throws HouseholdRefusedException naming the rule broken; nothing is stored then
     */
    HouseholdId register(NewHousehold household);

    /** The household when it lies within {@code scope}; empty otherwise. */
    Optional<HouseholdDetails> find(HouseholdId id, DataScope scope);

    /** The household the person with this ID number belongs to, within {@code scope} (exact look-up by blind index). */
    Optional<HouseholdSummary> findByIdNumber(IdNumber idNumber, DataScope scope);

    /**
     * Replaces the household's categories, e.g. when a case is approved or a benefit ends.
     *
     * @param expectedVersion the version the caller read; a household changed since is refused
     * @param reason why, for the audit log
     * @throws org.springframework.dao.OptimisticLockingFailureException if the household changed in between
     */
    void setCategories(HouseholdId id, long expectedVersion, Set<HouseholdCategory> categories, String reason);

    /**
     * Adds a member (never a second head).
     *
     * @throws HouseholdRefusedException if the person already belongs to a household
     */
    long addMember(HouseholdId id, NewPerson member);

    /**
     * Removes a member who left the household (married out, died, moved); the head cannot be removed.
     *
     * @throws HouseholdRefusedException if the person is the head or not a member
     */
    void removeMember(HouseholdId id, long personId, String reason);

    /**
     * The full ID numbers of the household's members, for matching records the platform keeps elsewhere
     * (a citizen's own benefit list), never for display; writes a reveal entry to the audit log.
     */
    List<IdNumber> memberIdNumbers(HouseholdId id);

    /** The member's full ID number for a staff member allowed to see it; writes a reveal entry to the audit log. */
    Optional<String> revealIdNumber(HouseholdId id, long personId, DataScope scope);
}
