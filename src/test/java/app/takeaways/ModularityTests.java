package app.takeaways;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * Uses of another feature's entity or repository still to be replaced by that
	 * feature's published API (issue #16), as "user -> owner.Type". Only ever shrinks.
	 */
	static final Set<String> NOT_YET_CLOSED = Set.of("comment -> post.Post", "comment -> post.PostRepository");

	static final ApplicationModules MODULES = ApplicationModules.of(TakeawaysApplication.class);

	/**
	 * Features depend on each other one way, only through published types, and keep the
	 * types that hold their data (JPA entities, Spring Data repositories) to themselves:
	 * another feature calls a published query or command instead.
	 */
	@Test
	void featurePackagesDependOnEachOtherOnlyOneWay() {
		Set<String> found = new TreeSet<>();
		MODULES
			.verify(VerificationOptions.defaults().andAdditionalVerifications(entitiesAndRepositoriesStayHome(found)));
		assertThat(found).as("uses closed since: remove them from NOT_YET_CLOSED").containsAll(NOT_YET_CLOSED);
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

	static ArchRule entitiesAndRepositoriesStayHome(Set<String> found) {
		return classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should(beUsedOnlyInTheirOwnModule(found))
			.allowEmptyShould(true);
	}

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnModule(Set<String> found) {
		return new ArchCondition<>("be used only by classes of their own application module") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String owner = moduleOf(type);
				for (Dependency dependency : type.getDirectDependenciesToSelf()) {
					String user = moduleOf(dependency.getOriginClass());
					String use = user + " -> " + owner + "." + type.getSimpleName();
					if (owner == null || user == null || owner.equals(user)) {
						continue;
					}
					found.add(use);
					if (!NOT_YET_CLOSED.contains(use)) {
						events.add(SimpleConditionEvent.violated(dependency, use + ": " + dependency.getDescription()));
					}
				}
			}

		};
	}

	private static String moduleOf(JavaClass type) {
		return MODULES.getModuleByType(type).map(ApplicationModule::getIdentifier).map(Object::toString).orElse(null);
	}

}
