package org.minzheng.policy.rule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Turns a rule's CEL text into a {@link CompiledRule}: cel-java parses and type-checks it against the
 * attribute schema (so {@code person.agee} or {@code person.age >= '60'} are refused with their
 * position), then {@link RuleEvaluator} builds a three-valued evaluator from the checked tree. Rules are
 * compiled once per text and cached; compiled rules are immutable and thread-safe.
 */
@Component
public class RuleCompiler {

    private static final int MAX_LENGTH = 2000;
    private static final int MAX_CACHED = 2000;

    private final AttributeSchema schema;
    private final CelCompiler cel;
    private final Map<String, CompiledRule> cache = new ConcurrentHashMap<>();

    public RuleCompiler() {
        this(AttributeSchema.standard());
    }

    RuleCompiler(AttributeSchema schema) {
        this.schema = schema;
        Map<String, StructType> structs = new LinkedHashMap<>();
        for (String scope : List.of(AttributeSchema.HOUSEHOLD, AttributeSchema.PERSON, AttributeSchema.LOCAL)) {
            structs.put(scope, struct(scope));
        }
        var builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setTypeProvider(new SchemaTypes(structs))
                .setResultType(SimpleType.BOOL);
        structs.forEach(builder::addVar);
        this.cel = builder.build();
    }

    /** The compiled rule, from the cache when this text was compiled before. */
    public CompiledRule compile(String source) throws RuleRejected {
        CompiledRule cached = cache.get(source);
        if (cached != null) {
            return cached;
        }
        CompiledRule compiled = check(source);
        if (cache.size() < MAX_CACHED) {
            cache.put(source, compiled);
        }
        return compiled;
    }

    /**
     * Compiles a draft without keeping it: what clerks type into the "try it" box must not crowd the
     * rules in force out of the cache.
     */
    public CompiledRule draft(String source) throws RuleRejected {
        CompiledRule cached = cache.get(source);
        return cached != null ? cached : check(source);
    }

    private CompiledRule check(String source) throws RuleRejected {
        if (source == null || source.isBlank()) {
            throw new RuleRejected(List.of(new RuleProblem(0, 0, "empty rule")));
        }
        if (source.length() > MAX_LENGTH) {
            throw new RuleRejected(List.of(new RuleProblem(0, 0, "rule longer than " + MAX_LENGTH + " characters")));
        }
        CelValidationResult result = cel.compile(source, "rule");
        if (result.hasError()) {
            throw new RuleRejected(
                    result.getErrors().stream().map(RuleCompiler::problem).toList());
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            throw new RuleRejected(
                    e.getErrors().stream().map(RuleCompiler::problem).toList());
        }
        return new RuleEvaluator(schema, ast).compile(source);
    }

    private static RuleProblem problem(CelIssue issue) {
        var location = issue.getSourceLocation();
        // cel-java counts columns from 0; editors and people count from 1
        return location.getLine() > 0
                ? new RuleProblem(location.getLine(), location.getColumn() + 1, issue.getMessage())
                : new RuleProblem(0, 0, issue.getMessage());
    }

    private StructType struct(String scope) {
        Map<String, CelType> fields = new LinkedHashMap<>();
        for (Attribute attribute : schema.in(scope)) {
            fields.put(attribute.field(), celType(attribute.type()));
        }
        return StructType.create(
                typeName(scope), ImmutableSet.copyOf(fields.keySet()), field -> Optional.ofNullable(fields.get(field)));
    }

    static String typeName(String scope) {
        return "minzheng." + Character.toUpperCase(scope.charAt(0)) + scope.substring(1);
    }

    private static CelType celType(AttributeType type) {
        return switch (type) {
            case INT -> SimpleType.INT;
            case DOUBLE -> SimpleType.DOUBLE;
            case BOOL -> SimpleType.BOOL;
            case STRING -> SimpleType.STRING;
            case STRING_LIST -> ListType.create(SimpleType.STRING);
        };
    }

    private record SchemaTypes(Map<String, StructType> structs) implements CelTypeProvider {

        @Override
        public ImmutableList<CelType> types() {
            return ImmutableList.copyOf(structs.values());
        }

        @Override
        public Optional<CelType> findType(String name) {
            return structs.values().stream()
                    .filter(type -> type.name().equals(name))
                    .map(CelType.class::cast)
                    .findFirst();
        }
    }
}
