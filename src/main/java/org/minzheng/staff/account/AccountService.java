package org.minzheng.staff.account;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.staff.role.Role;
import org.minzheng.staff.role.RoleRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 账户管理: administrators create, change, disable, unlock and reset accounts within their own region.
 * An administrator can grant only permissions they hold themselves, so no one can create an account
 * more powerful than their own.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final Regions regions;
    private final PasswordEncoder encoder;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            RoleRepository roles,
            Regions regions,
            PasswordEncoder encoder,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.regions = regions;
        this.encoder = encoder;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks what Bean Validation cannot: uniqueness, region scope, grantable roles, password rules. */
    void validateNew(AccountForm form, StaffPrincipal actor, Set<String> actorAuthorities, Errors errors) {
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.username())) {
            errors.rejectValue("username", "account.username.taken");
        }
        validateCommon(form, actor, actorAuthorities, errors);
        if (!errors.hasFieldErrors("password")) {
            PasswordPolicy.check(form.password(), form.username())
                    .ifPresent(key -> errors.rejectValue("password", key));
        }
        if (!errors.hasFieldErrors("confirmPassword")
                && !String.valueOf(form.password()).equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
    }

    void validateCommon(AccountForm form, StaffPrincipal actor, Set<String> actorAuthorities, Errors errors) {
        if (!errors.hasFieldErrors("regionCode")
                && RegionCode.isValid(form.regionCode())
                && regions.find(RegionCode.of(form.regionCode()), actor.dataScope())
                        .isEmpty()) {
            errors.rejectValue("regionCode", "account.region.outOfScope");
        }
        if (!errors.hasFieldErrors("roles")) {
            for (String code : form.roles()) {
                Optional<Role> role = roles.find(code);
                if (role.isEmpty()) {
                    errors.rejectValue("roles", "account.roles.unknown");
                    break;
                }
                if (!actorAuthorities.containsAll(role.get().permissions())) {
                    errors.rejectValue(
                            "roles",
                            "account.roles.notGrantable",
                            new Object[] {role.get().nameZh()},
                            null);
                    break;
                }
            }
        }
    }

    @Transactional
    public long create(AccountForm form, StaffPrincipal actor) {
        RegionCode region = RegionCode.of(form.regionCode());
        Phone phone = encryptPhone(form.phone());
        long id = accounts.insert(
                new AccountRepository.NewAccount(
                        form.username(),
                        form.displayName(),
                        encoder.encode(form.password()),
                        region,
                        phone.cipher(),
                        phone.index(),
                        true,
                        actor.username(),
                        form.roles()),
                clock.instant());
        audit.record(AuditEvent.operation("staff.account.create", "staff.account", Long.toString(id), region)
                .withDetail(form.username() + " " + String.join(",", form.roles())));
        return id;
    }

    @Transactional
    public void update(long id, AccountForm form, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        RegionCode region = RegionCode.of(form.regionCode());
        // A blank phone keeps the stored one: the form never shows it unmasked.
        boolean phoneChanged = !form.phone().isBlank();
        Phone phone =
                phoneChanged ? encryptPhone(form.phone()) : new Phone(account.phoneCipher(), storedIndex(account));
        accounts.update(account.id(), form.displayName(), region, phone.cipher(), phone.index());
        accounts.replaceRoles(account.id(), form.roles());
        terminateSessions(account.username());
        audit.record(AuditEvent.operation("staff.account.update", "staff.account", Long.toString(id), region)
                .withDetail(describeChange(account, form, region, phoneChanged)));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        if (account.id() == actor.accountId()) {
            throw new OwnAccountException();
        }
        accounts.setEnabled(id, enabled);
        if (!enabled) {
            terminateSessions(account.username());
        }
        audit.record(AuditEvent.operation(
                enabled ? "staff.account.enable" : "staff.account.disable",
                "staff.account",
                Long.toString(id),
                account.regionCode()));
    }

    @Transactional
    public void unlock(long id, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        accounts.unlock(id);
        audit.record(
                AuditEvent.operation("staff.account.unlock", "staff.account", Long.toString(id), account.regionCode()));
    }

    /** Sets a temporary password the owner must change at the next sign-in. */
    @Transactional
    public Optional<String> resetPassword(long id, String temporaryPassword, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        Optional<String> broken = PasswordPolicy.check(temporaryPassword, account.username());
        if (broken.isPresent()) {
            return broken;
        }
        accounts.setPassword(id, encoder.encode(temporaryPassword), true, clock.instant());
        terminateSessions(account.username());
        audit.record(AuditEvent.operation(
                "staff.account.password-reset", "staff.account", Long.toString(id), account.regionCode()));
        return Optional.empty();
    }

    /** Forgets the authenticator enrolment (lost phone); the next sign-in shows a new QR code. */
    @Transactional
    public void resetSecondFactor(long id, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        accounts.setTotpSecret(id, null);
        terminateSessions(account.username());
        audit.record(AuditEvent.operation(
                "staff.account.totp-reset", "staff.account", Long.toString(id), account.regionCode()));
    }

    /** The unmasked phone, for staff holding {@code staff:phone:reveal}; every reveal is audited. */
    @Transactional
    public Optional<String> revealPhone(long id, StaffPrincipal actor) {
        Account account = inScope(id, actor.dataScope());
        if (account.phoneCipher() == null) {
            return Optional.empty();
        }
        audit.record(AuditEvent.reveal("phone", "staff.account", Long.toString(id), account.regionCode()));
        return Optional.of(cipher.decrypt(account.phoneCipher(), AccountPhones.CONTEXT));
    }

    /** Lists of staff leave the system as Excel files; who took which list is on record. */
    @Transactional
    public void recordExport(int rows, String filters, DataScope scope) {
        audit.record(AuditEvent.operation("staff.account.export", "staff.account", null, scope.root())
                .withDetail(rows + " rows; " + filters));
    }

    public String maskedPhone(Account account) {
        if (account.phoneCipher() == null) {
            return "";
        }
        return PhoneNumber.parse(cipher.decrypt(account.phoneCipher(), AccountPhones.CONTEXT))
                .masked();
    }

    /** Blind-index value for an exact phone look-up, or empty when the text is not a phone number. */
    public Optional<String> phoneIndex(String text) {
        return PhoneNumber.tryParse(text).map(phone -> blindIndex.of(phone.value(), AccountPhones.CONTEXT));
    }

    public Account inScope(long id, DataScope scope) {
        return accounts.findById(id, scope).orElseThrow(() -> new NotFoundException("account"));
    }

    private String storedIndex(Account account) {
        return account.phoneCipher() == null
                ? null
                : blindIndex.of(cipher.decrypt(account.phoneCipher(), AccountPhones.CONTEXT), AccountPhones.CONTEXT);
    }

    private Phone encryptPhone(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Phone(null, null);
        }
        String normalised = PhoneNumber.parse(raw).value();
        return new Phone(
                cipher.encrypt(normalised, AccountPhones.CONTEXT), blindIndex.of(normalised, AccountPhones.CONTEXT));
    }

    /** Sessions live in PostgreSQL (Spring Session JDBC): a disabled or reset account is signed out at once. */
    private void terminateSessions(String username) {
        jdbc.sql("delete from spring_session where principal_name = :username")
                .param("username", username)
                .update();
    }

    /** True when every role of the account could be granted by someone holding {@code authorities}. */
    public boolean manageable(Account account, Set<String> authorities) {
        return roles.grantsOf(account.roleCodes()).stream()
                .allMatch(grant -> authorities.containsAll(grant.permissions()));
    }

    private static String describeChange(Account before, AccountForm after, RegionCode region, boolean phoneChanged) {
        List<String> changes = new java.util.ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            changes.add("name");
        }
        if (!before.regionCode().equals(region)) {
            changes.add("region " + before.regionCode().value() + "→" + region.value());
        }
        if (!new HashSet<>(before.roleCodes()).equals(new HashSet<>(after.roles()))) {
            changes.add("roles " + String.join(",", before.roleCodes()) + "→" + String.join(",", after.roles()));
        }
        if (phoneChanged) {
            changes.add("phone");
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private record Phone(byte[] cipher, String index) {}

    /** An administrator tried to disable their own account, which would lock them out mid-task. */
    public static final class OwnAccountException extends RuntimeException {
        OwnAccountException() {
            super("An administrator cannot disable their own account");
        }
    }
}
