package org.minzheng.policy.rule;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a tree of small evaluators from a type-checked CEL tree, with three-valued logic over partial
 * facts: {@code false && ?} is false, {@code true || ?} is true, anything else touching an unknown fact
 * stays unknown and remembers which facts it waits for. It covers what eligibility rules need
 * (literals, the three variables' fields, comparisons, {@code && || !}, {@code ?:}, arithmetic, {@code in},
 * {@code size}, {@code int()}/{@code double()}); anything else is refused when the rule is saved.
 *
 * <p>cel-java has its own interpreter, but over nested maps it managed well under a million evaluations
 * a second here and reports unknowns only as sets of attribute patterns; screening the whole registry
 * needs the faster path, and the self-check needs the "which facts" answer (see STACK-NOTES).
 */
final class RuleEvaluator {

    /** One operation of a compiled rule. */
    interface Node {
        Object eval(Facts facts);
    }

    private final AttributeSchema schema;
    private final CelAbstractSyntaxTree ast;
    private final List<RuleProblem> problems = new ArrayList<>();
    private long attributes;

    RuleEvaluator(AttributeSchema schema, CelAbstractSyntaxTree ast) {
        this.schema = schema;
        this.ast = ast;
    }

    CompiledRule compile(String source) throws RuleRejected {
        Node root = node(ast.getExpr());
        if (!problems.isEmpty()) {
            throw new RuleRejected(problems);
        }
        return new CompiledRule(source, ast, root, attributes);
    }

    private Node node(CelExpr expr) {
        return switch (expr.getKind()) {
            case CONSTANT -> constant(expr);
            case IDENT -> attribute(expr, expr.ident().name());
            case SELECT -> select(expr);
            case LIST -> list(expr);
            case CALL -> call(expr);
            default -> unsupported(expr, "only comparisons, and/or/not, arithmetic, in and size are supported");
        };
    }

    private Node constant(CelExpr expr) {
        CelConstant constant = expr.constant();
        Object value =
                switch (constant.getKind()) {
                    case BOOLEAN_VALUE -> constant.booleanValue();
                    case INT64_VALUE -> constant.int64Value();
                    case DOUBLE_VALUE -> constant.doubleValue();
                    case STRING_VALUE -> constant.stringValue();
                    default -> null;
                };
        if (value == null) {
            return unsupported(expr, "unsupported literal");
        }
        return facts -> value;
    }

    private Node select(CelExpr expr) {
        var select = expr.select();
        if (select.operand().getKind() == CelExpr.ExprKind.Kind.IDENT && !select.testOnly()) {
            return attribute(expr, select.operand().ident().name() + "." + select.field());
        }
        return unsupported(expr, "only fields of household, person and local can be read");
    }

    private Node attribute(CelExpr expr, String path) {
        var found = schema.find(path);
        if (found.isEmpty()) {
            return unsupported(expr, "use a field such as person.age, not " + path + " alone");
        }
        int index = found.get().index();
        attributes |= 1L << index;
        if (path.equals(AttributeSchema.DIBAO)) {
            attributes |= 1L << schema.get("person.hukou").index();
        }
        return facts -> facts.value(index);
    }

    private Node list(CelExpr expr) {
        List<Node> elements = expr.list().elements().stream().map(this::node).toList();
        return facts -> {
            List<Object> values = new ArrayList<>(elements.size());
            Unknown unknown = null;
            for (Node element : elements) {
                Object value = element.eval(facts);
                if (value instanceof Unknown missing) {
                    unknown = missing.or(unknown);
                }
                values.add(value);
            }
            return unknown != null ? unknown : values;
        };
    }

    private Node call(CelExpr expr) {
        var call = expr.call();
        List<CelExpr> operands = new ArrayList<>();
        call.target().ifPresent(operands::add);
        operands.addAll(call.args());
        List<Node> args = operands.stream().map(this::node).toList();
        return switch (call.function()) {
            case "_&&_" -> and(args.get(0), args.get(1));
            case "_||_" -> or(args.get(0), args.get(1));
            case "!_" -> strict(args, values -> !(Boolean) values[0]);
            case "_?_:_" -> conditional(args.get(0), args.get(1), args.get(2));
            case "_==_" -> strict(args, values -> Objects.equals(values[0], values[1]));
            case "_!=_" -> strict(args, values -> !Objects.equals(values[0], values[1]));
            case "_<_" -> strict(args, values -> compare(values) < 0);
            case "_<=_" -> strict(args, values -> compare(values) <= 0);
            case "_>_" -> strict(args, values -> compare(values) > 0);
            case "_>=_" -> strict(args, values -> compare(values) >= 0);
            case "_+_" -> strict(args, values -> arithmetic('+', values));
            case "_-_" -> strict(args, values -> arithmetic('-', values));
            case "_*_" -> strict(args, values -> arithmetic('*', values));
            case "_/_" -> strict(args, values -> arithmetic('/', values));
            case "_%_" -> strict(args, values -> arithmetic('%', values));
            case "-_" ->
                strict(
                        args,
                        values -> values[0] instanceof Long number ? Math.negateExact(number) : -(Double) values[0]);
            case "@in" -> strict(args, values -> ((List<?>) values[1]).contains(values[0]));
            case "size" ->
                strict(args, values -> (long)
                        (values[0] instanceof String text
                                ? text.codePointCount(0, text.length())
                                : ((List<?>) values[0]).size()));
            case "double" -> strict(args, values -> ((Number) values[0]).doubleValue());
            case "int" -> strict(args, RuleEvaluator::toInt);
            default -> unsupported(expr, "function " + call.function() + " is not supported in eligibility rules");
        };
    }

    private static Node and(Node left, Node right) {
        return facts -> {
            Object a = left.eval(facts);
            if (Boolean.FALSE.equals(a)) {
                return false;
            }
            Object b = right.eval(facts);
            if (Boolean.FALSE.equals(b)) {
                return false;
            }
            if (a instanceof Unknown unknown) {
                return b instanceof Unknown other ? unknown.or(other) : unknown;
            }
            return b;
        };
    }

    private static Node or(Node left, Node right) {
        return facts -> {
            Object a = left.eval(facts);
            if (Boolean.TRUE.equals(a)) {
                return true;
            }
            Object b = right.eval(facts);
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            if (a instanceof Unknown unknown) {
                return b instanceof Unknown other ? unknown.or(other) : unknown;
            }
            return b;
        };
    }

    private static Node conditional(Node condition, Node then, Node otherwise) {
        return facts -> {
            Object test = condition.eval(facts);
            if (test instanceof Boolean known) {
                return known ? then.eval(facts) : otherwise.eval(facts);
            }
            Unknown unknown = (Unknown) test;
            Object a = then.eval(facts);
            Object b = otherwise.eval(facts);
            // both branches agree: the condition does not matter
            if (!(a instanceof Unknown) && a.equals(b)) {
                return a;
            }
            if (a instanceof Unknown missing) {
                unknown = unknown.or(missing);
            }
            return b instanceof Unknown missing ? unknown.or(missing) : unknown;
        };
    }

    private interface Operation {
        Object apply(Object[] values);
    }

    /** An operation that needs all its operands: any unknown operand makes the result unknown. */
    private static Node strict(List<Node> args, Operation operation) {
        if (args.size() == 1) {
            Node only = args.get(0);
            return facts -> {
                Object value = only.eval(facts);
                return value instanceof Unknown ? value : operation.apply(new Object[] {value});
            };
        }
        Node first = args.get(0);
        Node second = args.get(1);
        return facts -> {
            Object a = first.eval(facts);
            Object b = second.eval(facts);
            if (a instanceof Unknown unknown) {
                return b instanceof Unknown other ? unknown.or(other) : unknown;
            }
            if (b instanceof Unknown) {
                return b;
            }
            return operation.apply(new Object[] {a, b});
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object[] values) {
        // the type checker has made sure both sides have the same type
        return ((Comparable) values[0]).compareTo(values[1]);
    }

    private static Object arithmetic(char operator, Object[] values) {
        if (values[0] instanceof Long a && values[1] instanceof Long b) {
            return switch (operator) {
                case '+' -> Math.addExact(a, b);
                case '-' -> Math.subtractExact(a, b);
                case '*' -> Math.multiplyExact(a, b);
                case '/' -> a / b;
                default -> a % b;
            };
        }
        double a = (Double) values[0];
        double b = (Double) values[1];
        return switch (operator) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '/' -> a / b;
            default -> throw new IllegalArgumentException("no % on doubles");
        };
    }

    private static Object toInt(Object[] values) {
        if (values[0] instanceof Long whole) {
            return whole;
        }
        double number = (Double) values[0];
        if (Double.isNaN(number) || number >= 0x1p63 || number < -0x1p63) {
            throw new ArithmeticException("out of range");
        }
        return (long) number;
    }

    private Node unsupported(CelExpr expr, String message) {
        var source = ast.getSource();
        Integer offset = source.getPositionsMap().get(expr.id());
        var location = offset == null
                ? java.util.Optional.<dev.cel.common.CelSourceLocation>empty()
                : source.getOffsetLocation(offset);
        problems.add(location.map(at -> new RuleProblem(at.getLine(), at.getColumn() + 1, message))
                .orElse(new RuleProblem(0, 0, message)));
        return facts -> {
            throw new IllegalStateException("unsupported");
        };
    }
}
