package org.minzheng.policy.catalogue.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.minzheng.policy.catalogue.PolicyRepository;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * DEMO DATA. Fills an empty catalogue with the policies of 滨城区's handbook as written for the
 * demonstration (REFERENCE.md §4): real programme names and legal bases, illustrative wording and
 * amounts, every policy marked demo. Every rule is compiled first, so a broken demo rule stops the start
 * rather than reaching the self-check.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoCatalogue implements ApplicationRunner {

    static final String FILE = "db/demo/policy-catalogue.json";
    private static final String ACTOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final PolicyRepository policies;
    private final RuleCompiler compiler;

    DemoCatalogue(PolicyRepository policies, RuleCompiler compiler) {
        this.policies = policies;
        this.compiler = compiler;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policies.isEmpty()) {
            return;
        }
        List<DemoPolicy> demo = read();
        for (DemoPolicy policy : demo) {
            if (policy.rule() != null) {
                try {
                    compiler.compile(policy.rule());
                } catch (RuleRejected e) {
                    throw new IllegalStateException(
                            "Demo policy " + policy.code() + " has a broken rule: " + e.problems());
                }
            }
            policies.insert(policy.code(), policy.department(), policy.content(), true, ACTOR)
                    .orElseThrow(() -> new IllegalStateException("Demo policy code twice: " + policy.code()));
        }
        log.info("Added {} demo policies to the empty catalogue", demo.size());
    }

    /** The bundled demo catalogue, in file order. */
    static List<DemoPolicy> read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoFile.class).policies();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file: a note saying what it is, then the policies. */
    record DemoFile(String note, List<DemoPolicy> policies) {}
}
