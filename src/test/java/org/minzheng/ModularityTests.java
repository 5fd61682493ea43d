package org.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MinzhengApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        var documenter = new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(documenter).isNotNull();
        assertThat(Files.exists(Path.of("target", "spring-modulith-docs", "components.puml")))
                .isTrue();
    }
}
