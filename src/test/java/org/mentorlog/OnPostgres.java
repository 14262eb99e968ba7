package org.mentorlog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs an {@link IntegrationTest} on the real PostgreSQL of this machine, in a schema of its own, dropped
 * and created afresh before the class's tests ({@link PostgresSchema}: skipped where PostgreSQL is not
 * reachable, unless MENTORLOG_REQUIRE_POSTGRES=true, as in CI, where it fails instead).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnPostgres.FreshSchema.class)
@ContextCustomizerFactories(OnPostgres.UseSchema.class)
public @interface OnPostgres {

    /** The schema, one per test class. */
    String value();

    /** Drops and creates the schema before the class's application starts. */
    final class FreshSchema implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            PostgresSchema.recreate(schemaOf(context.getRequiredTestClass()));
        }

        /** The schema the class, or a class it extends, is annotated with; null for none. */
        static String schemaOf(Class<?> testClass) {
            OnPostgres onPostgres = TestContextAnnotationUtils.findMergedAnnotation(testClass, OnPostgres.class);
            return onPostgres == null ? null : onPostgres.value();
        }
    }

    /** Points the application, and Flyway, at the schema. */
    final class UseSchema implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configurations) {
            String schema = FreshSchema.schemaOf(testClass);
            return schema == null ? null : new Customizer(schema);
        }

        /** A record, so that tests of the same schema share their application and others do not. */
        private record Customizer(String schema) implements ContextCustomizer {

            @Override
            public void customizeContext(ConfigurableApplicationContext context,
                                         MergedContextConfiguration merged) {
                Map<String, Object> properties = new HashMap<>();
                PostgresSchema.use(schema, (name, value) -> properties.put(name, value.get()));
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres " + schema,
                        properties));
            }
        }
    }
}
