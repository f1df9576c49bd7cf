package app.takeaways;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Conditional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The shipped jar starts from bean definitions Spring AOT worked out at package time
 * ({@code -Dspring.aot.enabled=true}), which decides every condition then: a bean of the
 * application behind {@code @ConditionalOnProperty}, {@code @Profile} or any other
 * {@code @Conditional} would ignore what an operator sets at run time. The application's
 * beans are therefore always there and read their settings when they run (as the warm-up
 * does); {@code ShippedJarIT} starts the jar that way.
 */
class PackageTimeConditionsTests {

	static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.takeaways");

	static final String REASON = "Spring AOT decides conditions when the jar is packaged, not when an operator starts it";

	@Test
	void noBeanClassOfTheApplicationIsConditional() {
		noClasses().that()
			.resideInAPackage("app.takeaways..")
			.should()
			.beMetaAnnotatedWith(Conditional.class)
			.because(REASON)
			.check(APPLICATION);
	}

	@Test
	void noBeanMethodOfTheApplicationIsConditional() {
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("app.takeaways..")
			.should()
			.beMetaAnnotatedWith(Conditional.class)
			.because(REASON)
			.check(APPLICATION);
	}

}
