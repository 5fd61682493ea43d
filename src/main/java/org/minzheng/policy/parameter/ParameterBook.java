package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Records, corrects and withdraws local standards. Nothing is updated in place: a correction
 * supersedes the old row and inserts the new one in one transaction, so the history shows what
 * the rules read on any earlier day, and who changed it.
 */
@Service
class ParameterBook {

    static final String TARGET = "policy.parameter";

    private final ParameterRepository parameters;
    private final AuditLog audit;

    ParameterBook(ParameterRepository parameters, AuditLog audit) {
        this.parameters = parameters;
        this.audit = audit;
    }

    ParameterValue existing(long id) {
        return parameters
                .find(id)
                .filter(value -> value.parameter() != null)
                .orElseThrow(() -> new NotFoundException("parameter " + id));
    }

    /** @return the new row's id, or empty with the problems in {@code errors} */
    @Transactional
    Optional<Long> record(ParameterForm form, RegionCode region, Errors errors, String by) {
        Parsed parsed = parse(form, errors);
        if (parsed == null) {
            return Optional.empty();
        }
        if (parameters.sameStart(region, parsed.parameter(), parsed.from()).isPresent()) {
            errors.rejectValue("validFrom", "parameter.validation.sameStart");
            return Optional.empty();
        }
        long id = insert(form, region, parsed, by);
        audit.record(AuditEvent.operation("policy.parameter.record", TARGET, Long.toString(id), region)
                .withDetail(parsed.parameter().attribute() + " = " + form.value() + " from " + parsed.from()));
        return Optional.of(id);
    }

    /** @return the new row's id, or empty with the problems in {@code errors} */
    @Transactional
    Optional<Long> correct(long id, ParameterForm form, Errors errors, String by) {
        ParameterValue old = existing(id);
        if (!old.current()) {
            errors.reject("parameter.validation.superseded");
            return Optional.empty();
        }
        Parsed parsed = parse(form, errors);
        if (parsed == null) {
            return Optional.empty();
        }
        if (parsed.parameter() != old.parameter()) {
            errors.rejectValue("parameter", "parameter.validation.sameParameter");
            return Optional.empty();
        }
        Optional<Long> clash = parameters.sameStart(old.region(), old.parameter(), parsed.from());
        if (clash.isPresent() && clash.get() != id) {
            errors.rejectValue("validFrom", "parameter.validation.sameStart");
            return Optional.empty();
        }
        if (!parameters.supersede(id, by)) {
            errors.reject("parameter.validation.superseded");
            return Optional.empty();
        }
        long newId = insert(form, old.region(), parsed, by);
        audit.record(AuditEvent.operation("policy.parameter.correct", TARGET, Long.toString(newId), old.region())
                .withDetail(old.parameter().attribute() + ": " + old.display() + " → " + form.value() + " (replaces #"
                        + id + ")"));
        return Optional.of(newId);
    }

    @Transactional
    void withdraw(long id, String by) {
        ParameterValue old = existing(id);
        if (parameters.supersede(id, by)) {
            audit.record(AuditEvent.operation("policy.parameter.withdraw", TARGET, Long.toString(id), old.region())
                    .withDetail(old.parameter().attribute() + " = " + old.display()));
        }
    }

    private long insert(ParameterForm form, RegionCode region, Parsed parsed, String by) {
        return parameters.insert(
                region,
                parsed.parameter(),
                parsed.fen(),
                parsed.decimal(),
                parsed.from(),
                parsed.until(),
                form.note() == null || form.note().isEmpty() ? null : form.note(),
                false,
                by);
    }

    private record Parsed(Parameter parameter, Long fen, BigDecimal decimal, LocalDate from, LocalDate until) {}

    private static LocalDate date(String text, String field, Errors errors) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                errors.rejectValue(field, "parameter.validation.date");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "parameter.validation.date");
            return null;
        }
    }

    private static Parsed parse(ParameterForm form, Errors errors) {
        Optional<Parameter> parameter = Parameter.named(form.parameter());
        if (parameter.isEmpty()) {
            errors.rejectValue("parameter", "parameter.validation.unknown");
        }
        LocalDate from = date(form.validFrom(), "validFrom", errors);
        LocalDate until = form.validUntil() == null || form.validUntil().isEmpty()
                ? null
                : date(form.validUntil(), "validUntil", errors);
        if (from != null && until != null && until.isBefore(from)) {
            errors.rejectValue("validUntil", "parameter.validation.untilBeforeFrom");
        }
        if (errors.hasErrors() || parameter.isEmpty()) {
            return null;
        }
        Parameter which = parameter.get();
        if (which.unit().isMoney()) {
            try {
                Money money = Money.parseYuan(form.value());
                if (money.fen() <= 0 || money.fen() > 100_000_000_00L) {
                    errors.rejectValue("value", "parameter.validation.amountRange");
                    return null;
                }
                return new Parsed(which, money.fen(), null, from, until);
            } catch (InvalidMoneyException e) {
                errors.rejectValue("value", "parameter.validation.amount");
                return null;
            }
        }
        if (!form.value().matches("[0-9]{1,6}(\\.[0-9]{1,4})?")) {
            errors.rejectValue("value", "parameter.validation.number");
            return null;
        }
        BigDecimal decimal = new BigDecimal(form.value());
        boolean whole = which.unit() == Parameter.Unit.YEARS;
        if ((whole && decimal.stripTrailingZeros().scale() > 0) || !which.accepts(decimal)) {
            errors.rejectValue(
                    "value", "parameter.validation.range." + which.unit().name());
            return null;
        }
        return new Parsed(which, null, decimal, from, until);
    }
}
