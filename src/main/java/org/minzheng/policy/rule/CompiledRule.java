package org.minzheng.policy.rule;

import dev.cel.common.CelAbstractSyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A type-checked rule ready to evaluate: the checked syntax tree (for reading it aloud in Chinese) and
 * the three-valued evaluator built from it. Immutable; one instance serves every thread.
 */
public final class CompiledRule {

    private final String source;
    private final CelAbstractSyntaxTree ast;
    private final RuleEvaluator.Node root;
    private final long attributes;

    CompiledRule(String source, CelAbstractSyntaxTree ast, RuleEvaluator.Node root, long attributes) {
        this.source = source;
        this.ast = ast;
        this.root = root;
        this.attributes = attributes;
    }

    public String source() {
        return source;
    }

    CelAbstractSyntaxTree ast() {
        return ast;
    }

    /** The attributes the rule reads, with those a derived attribute rests on, in schema order. */
    public List<Attribute> attributes() {
        return paths(attributes);
    }

    /** Qualifies, does not, or cannot tell yet and which facts would settle it; unknown is never false. */
    public Verdict evaluate(Facts facts) {
        Object value;
        try {
            value = root.eval(facts);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return Verdict.FAILED;
        }
        if (value instanceof Boolean known) {
            return known ? Verdict.QUALIFIES : Verdict.DOES_NOT_QUALIFY;
        }
        if (value instanceof Unknown unknown) {
            return new Verdict(
                    Outcome.CANNOT_TELL,
                    paths(unknown.attributes()).stream().map(Attribute::path).toList());
        }
        return Verdict.FAILED;
    }

    private static List<Attribute> paths(long mask) {
        List<Attribute> all = AttributeSchema.standard().attributes();
        List<Attribute> found = new ArrayList<>(Long.bitCount(mask));
        for (int index = 0; index < all.size(); index++) {
            if ((mask & (1L << index)) != 0) {
                found.add(all.get(index));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "CompiledRule[" + source + "]";
    }
}
