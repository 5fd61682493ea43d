package org.minzheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check: where controllers and SQL live, and which types we use. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minzheng");

    /** The base package of every application module, as Spring Modulith sees them: new modules join by themselves. */
    static final String[] MODULE_BASES = ApplicationModules.of(MinzhengApplication.class).stream()
            .map(module -> module.getBasePackage().getName())
            .toArray(String[]::new);

    /** Every module package except the open shared kernel. */
    static final String[] MODULES_BUT_SHARED = Arrays.stream(MODULE_BASES)
            .filter(base -> !base.equals("org.minzheng.shared"))
            .map(base -> base + "..")
            .toArray(String[]::new);

    @Test
    void controllersAndRepositoriesLiveInFeaturePackagesNotInAModulesPublicFace() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(Repository.class)
                .should()
                .resideOutsideOfPackages(MODULE_BASES)
                .because("a module's base package is its public API; web and SQL are internal")
                .check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.minzheng.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(MODULES_BUT_SHARED)
                .check(CLASSES);
    }

    @Test
    void kernelModulesNeverDependOnTheStaffModuleToKnowWhoIsSignedIn() {
        noClasses()
                .that()
                .resideInAnyPackage(Arrays.stream(MODULES_BUT_SHARED)
                        .filter(module -> !module.equals("org.minzheng.staff.."))
                        .toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.minzheng.staff..")
                .because("they use shared.security.CurrentStaff; staff depends on them, not the other way round")
                .check(CLASSES);
    }

    @Test
    void javaTimeEverywhere() {
        noFields()
                .should()
                .haveRawType(java.util.Date.class)
                .orShould()
                .haveRawType(java.util.Calendar.class)
                .check(CLASSES);
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToStandardOutputExceptCommands() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Command")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("use a logger, which never receives personal data unmasked")
                .check(CLASSES);
    }

    @Test
    void webControllersDoNotTalkToJdbcDirectly() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc..")
                .because("SQL lives in repositories and services")
                .check(CLASSES);
    }
}
