package org.minzheng.policy.rule;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a rule aloud in plain words of the request's language, e.g. {@code household.income_per_capita <
 * local.dibao} as 「家庭人均月收入（元）低于当地低保标准」, so that staff who do not read CEL can check
 * what a rule says against the policy text. Templates reach it as {@code @ruleReading}.
 */
@Component("ruleReading")
public class RuleReading {

    private final RuleCompiler compiler;
    private final MessageSource messages;

    RuleReading(RuleCompiler compiler, MessageSource messages) {
        this.compiler = compiler;
        this.messages = messages;
    }

    /** The rule in words, or {@code null} for no rule or one that does not compile. */
    public String describe(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            return describe(compiler.compile(rule));
        } catch (RuleRejected e) {
            return null;
        }
    }

    /** The sample households of the "try it" box, for templates. */
    public SampleHousehold[] samples() {
        return SampleHousehold.values();
    }

    public String describe(CompiledRule rule) {
        return new Reader(LocaleContextHolder.getLocale()).read(rule.ast().getExpr(), null);
    }

    private final class Reader {
        private final Locale locale;

        Reader(Locale locale) {
            this.locale = locale;
        }

        /** @param parent the enclosing operator, to bracket an "or" inside an "and" */
        String read(CelExpr expr, String parent) {
            return switch (expr.getKind()) {
                case CONSTANT -> constant(expr.constant(), null);
                case IDENT, SELECT -> attribute(expr).map(this::boolOrLabel).orElse("?");
                case LIST -> list(expr.list().elements(), null);
                case CALL -> call(expr, parent);
                default -> "?";
            };
        }

        private String call(CelExpr expr, String parent) {
            var call = expr.call();
            List<CelExpr> args =
                    call.target().isPresent() ? List.of(call.target().get()) : call.args();
            String function = call.function();
            return switch (function) {
                case "_&&_", "_||_" -> {
                    String joined = read(args.get(0), function)
                            + word(function.equals("_&&_") ? "and" : "or")
                            + read(args.get(1), function);
                    yield parent != null && !parent.equals(function) ? word("open") + joined + word("close") : joined;
                }
                case "!_" -> text("not", read(args.get(0), function));
                case "_<_", "_<=_", "_>_", "_>=_", "_==_", "_!=_" -> comparison(function, args.get(0), args.get(1));
                case "@in" -> in(args.get(0), args.get(1));
                case "_+_", "_-_", "_*_", "_/_", "_%_" ->
                    read(args.get(0), function) + word("op." + function.charAt(1)) + read(args.get(1), function);
                case "-_" -> "-" + read(args.get(0), function);
                case "_?_:_" ->
                    text("conditional", read(args.get(0), null), read(args.get(1), null), read(args.get(2), null));
                case "size" -> text("size", read(args.get(0), function));
                case "double", "int" -> read(args.get(0), parent);
                default -> "?";
            };
        }

        private String comparison(String function, CelExpr left, CelExpr right) {
            Optional<Attribute> attribute = attribute(left).or(() -> attribute(right));
            String key =
                    switch (function) {
                        case "_<_" -> "lt";
                        case "_<=_" -> "le";
                        case "_>_" -> "gt";
                        case "_>=_" -> "ge";
                        case "_==_" -> "eq";
                        default -> "ne";
                    };
            if (right.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && right.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE
                    && attribute.isPresent()) {
                boolean positive = right.constant().booleanValue() == key.equals("eq");
                String label = shortLabel(attribute.get());
                return positive ? label : text("not", label);
            }
            return text(key, side(left, attribute), side(right, attribute));
        }

        private String in(CelExpr element, CelExpr collection) {
            Optional<Attribute> attribute = attribute(collection).or(() -> attribute(element));
            if (collection.getKind() == CelExpr.ExprKind.Kind.LIST) {
                return text(
                        "oneOf",
                        side(element, attribute),
                        list(collection.list().elements(), attribute.orElse(null)));
            }
            return text("contains", side(collection, attribute), side(element, attribute));
        }

        private String side(CelExpr expr, Optional<Attribute> attribute) {
            if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT) {
                return constant(expr.constant(), attribute.orElse(null));
            }
            Optional<Attribute> own = attribute(expr);
            return own.isPresent() ? shortLabel(own.get()) : read(expr, "_<_");
        }

        private String list(List<CelExpr> elements, Attribute attribute) {
            StringBuilder text = new StringBuilder();
            for (CelExpr element : elements) {
                if (!text.isEmpty()) {
                    text.append(word("separator"));
                }
                text.append(
                        element.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                                ? constant(element.constant(), attribute)
                                : read(element, null));
            }
            return text.toString();
        }

        private String constant(CelConstant constant, Attribute attribute) {
            return switch (constant.getKind()) {
                case BOOLEAN_VALUE -> word(constant.booleanValue() ? "true" : "false");
                case INT64_VALUE -> Long.toString(constant.int64Value());
                case DOUBLE_VALUE ->
                    BigDecimal.valueOf(constant.doubleValue())
                            .stripTrailingZeros()
                            .toPlainString();
                case STRING_VALUE -> option(attribute, constant.stringValue());
                default -> "?";
            };
        }

        private String option(Attribute attribute, String value) {
            if (attribute != null && attribute.options().contains(value)) {
                return text("quoted", messages.getMessage(attribute.optionKey(value), null, value, locale));
            }
            return text("quoted", value);
        }

        private String boolOrLabel(Attribute attribute) {
            return shortLabel(attribute);
        }

        private String shortLabel(Attribute attribute) {
            return messages.getMessage(attribute.labelKey() + ".short", null, attribute.path(), locale);
        }

        private Optional<Attribute> attribute(CelExpr expr) {
            String path = null;
            if (expr.getKind() == CelExpr.ExprKind.Kind.SELECT
                    && expr.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT) {
                path = expr.select().operand().ident().name() + "."
                        + expr.select().field();
            } else if (expr.getKind() == CelExpr.ExprKind.Kind.IDENT) {
                path = expr.ident().name();
            }
            return path == null ? Optional.empty() : AttributeSchema.standard().find(path);
        }

        private String word(String key) {
            return messages.getMessage("rule.reading." + key, null, key, locale);
        }

        private String text(String key, Object... args) {
            return messages.getMessage("rule.reading." + key, args, key, locale);
        }
    }
}
