package org.mentorlog.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the package-by-feature shape that STYLE.md asks for. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentorlog");

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.mentorlog.(*)..")
                .should().beFreeOfCycles()
                .because("a feature must be understandable and changeable without the ones that use it")
                .check(APP);
    }

    @Test
    void views_never_reach_into_persistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views talk to services, which own transactions and authorisation")
                .check(APP);
    }

    @Test
    void repositories_are_called_only_from_transactional_code() {
        classes().that().areAssignableTo(Repository.class)
                .should(beCalledOnlyFromTransactionalCode())
                .because("services own transactions; a repository call outside one sees half-done work")
                .check(APP);
    }

    @Test
    void entities_and_repositories_stay_inside_their_feature() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .and().resideOutsideOfPackage("org.springframework..")
                .should().notBePublic()
                .because("a feature's public face is its service and the records it returns")
                .check(APP);
    }

    @Test
    void every_view_and_layout_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("hiding a menu entry is not security")
                .check(APP);
    }

    private static ArchCondition<JavaClass> beCalledOnlyFromTransactionalCode() {
        return new ArchCondition<>("be called only from @Transactional methods or classes") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (JavaAccess<?> access : repository.getAccessesToSelf()) {
                    boolean transactional = access.getOrigin().isAnnotatedWith(Transactional.class)
                            || access.getOriginOwner().isAnnotatedWith(Transactional.class);
                    if (!transactional) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

}
