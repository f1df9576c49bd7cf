package app.takeaways;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TakeawaysApplication.class);

	/**
	 * Features depend on each other one way, only through published types, and keep the
	 * types that hold their data (JPA entities, Spring Data repositories) to themselves:
	 * another feature calls a published query or command instead.
	 */
	@Test
	void featurePackagesDependOnEachOtherOnlyOneWay() {
		MODULES.verify(VerificationOptions.defaults().andAdditionalVerifications(entitiesAndRepositoriesStayHome()));
	}

	/**
	 * The module diagrams of docs/ARCHITECTURE.md, written to target/spring-modulith-docs
	 * (copy components.puml to docs/modules.puml when the modules change).
	 */
	@Test
	void writesModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(Path.of("target/spring-modulith-docs/components.puml")).content().contains("Post", "Comment");
	}

	static ArchRule entitiesAndRepositoriesStayHome() {
		return classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should(beUsedOnlyInTheirOwnModule())
			.allowEmptyShould(true);
	}

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnModule() {
		return new ArchCondition<>("be used only by classes of their own application module") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String owner = moduleOf(type);
				for (Dependency dependency : type.getDirectDependenciesToSelf()) {
					String user = moduleOf(dependency.getOriginClass());
					if (owner == null || user == null || owner.equals(user)) {
						continue;
					}
					String use = user + " -> " + owner + "." + type.getSimpleName();
					events.add(SimpleConditionEvent.violated(dependency, use + ": " + dependency.getDescription()));
				}
			}

		};
	}

	private static String moduleOf(JavaClass type) {
		return MODULES.getModuleByType(type).map(ApplicationModule::getIdentifier).map(Object::toString).orElse(null);
	}

}
