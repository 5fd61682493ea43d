package org.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Out of the box no event leaves the application: externalisation is off, so there is no externaliser for
 * the event registry to hand events to, and Kafka is never contacted (KafkaExternalisationTests switches it
 * on in a context of its own).
 */
@IntegrationTest
class ExternalisationOffTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void eventsStayInsideTheApplicationUnlessConfigured() {
        assertThat(environment.getProperty("spring.modulith.events.externalization.enabled", Boolean.class))
                .isFalse();
        assertThat(context.getBeanNamesForType(EventExternalizationConfiguration.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(DelegatingEventExternalizer.class))
                .isEmpty();
    }
}
