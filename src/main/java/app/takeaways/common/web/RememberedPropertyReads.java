package app.takeaways.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Reads a property in a template as the accessor it is put before does, Thymeleaf's own
 * (which asks Spring's reflective accessor, then checks the member against Thymeleaf's
 * list of types templates may not touch), and remembers per class and property name the
 * accessor that reads it.
 * <p>
 * Both Thymeleaf and Spring EL decide this again for every read. Spring EL remembers the
 * accessor that read a property last time, but only uses it again when that very object
 * is in the context's list, and the reflective accessor hands out a new one for each
 * read. So every read made a new list of accessors to try, looked the getter up and ran
 * Thymeleaf's check, a stream over its blocked types: on a moderation page of 50 comments
 * about a thousand times, a fifth of rendering it. The answer depends only on the class
 * and the name, so the accessor that reads it is kept.
 * <p>
 * Left to the others, as before: a class itself as the target (a static read), the
 * targets the accessors in front of this one are made for (maps, Thymeleaf's context),
 * since Spring EL calls a remembered accessor without asking those first, and names no
 * accessor can read (not kept, so names a request chooses cannot fill memory; such a read
 * fails anyway). A member Thymeleaf forbids is not kept, and is refused again with
 * Thymeleaf's own error. Two differences remain: Spring EL's compiler does not compile
 * reads through this accessor (here it compiled none, since a template's variables are
 * read through Thymeleaf's context accessor, which it cannot compile), and a getter that
 * throws is called twice, as Spring EL then looks the property up again.
 */
final class RememberedPropertyReads implements PropertyAccessor {

	private final ReflectivePropertyAccessor checked;

	/** The targets of the accessors in front of this one, which must see them first. */
	private final List<Class<?>> othersTargets;

	private final ClassValue<Map<String, PropertyAccessor>> readers = new ClassValue<>() {

		@Override
		protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}

	};

	/**
	 * @param checked the accessor whose answers are remembered: Thymeleaf's, which checks
	 * every member it reads, the last of the context's accessors
	 * @param others the accessors in front of it
	 */
	private RememberedPropertyReads(ReflectivePropertyAccessor checked, List<PropertyAccessor> others) {
		this.checked = checked;
		List<Class<?>> targets = new ArrayList<>();
		for (PropertyAccessor other : others) {
			Class<?>[] specific = other.getSpecificTargetClasses();
			if (specific != null) {
				targets.addAll(List.of(specific));
			}
		}
		this.othersTargets = List.copyOf(targets);
	}

	/**
	 * Puts the accessor into a template's evaluation context, just before its last
	 * accessor, when that is a reflective one (as Thymeleaf's views set it up); otherwise
	 * leaves the context as it is.
	 * @param context a template's evaluation context
	 * @param kept one put into an earlier context, used again when it remembers the same
	 * accessor, so what it learnt is kept from page to page
	 * @return the accessor in the context, or null when none was put in
	 */
	static @Nullable RememberedPropertyReads installIn(StandardEvaluationContext context,
			@Nullable RememberedPropertyReads kept) {
		List<PropertyAccessor> accessors = context.getPropertyAccessors();
		if (accessors.isEmpty() || !(accessors.get(accessors.size() - 1) instanceof ReflectivePropertyAccessor last)) {
			return null;
		}
		RememberedPropertyReads reads = (kept != null && kept.checked == last) ? kept
				: new RememberedPropertyReads(last, accessors.subList(0, accessors.size() - 1));
		if (!accessors.contains(reads)) {
			context.addPropertyAccessor(reads);
		}
		return reads;
	}

	@Override
	public Class<?> @Nullable [] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		return reader(context, target, name) != null;
	}

	/**
	 * Reads with the remembered accessor. Spring EL calls this without {@code canRead}
	 * for a property it read with this accessor before, possibly of another class: what
	 * this one leaves to the others is refused, and Spring EL then asks them all.
	 */
	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		PropertyAccessor reader = reader(context, target, name);
		if (reader == null) {
			throw new AccessException("'" + name + "' is left to the other accessors");
		}
		return reader.read(context, target, name);
	}

	private @Nullable PropertyAccessor reader(EvaluationContext context, @Nullable Object target, String name)
			throws AccessException {
		if (target == null || target instanceof Class || forOthers(target)) {
			return null;
		}
		Map<String, PropertyAccessor> known = this.readers.get(target.getClass());
		PropertyAccessor reader = known.get(name);
		// canRead throws, and nothing is kept, when Thymeleaf forbids the member
		if (reader == null && this.checked.canRead(context, target, name)) {
			reader = this.checked.createOptimalAccessor(context, target, name);
			known.put(name, reader);
		}
		return reader;
	}

	private boolean forOthers(Object target) {
		for (Class<?> type : this.othersTargets) {
			if (type.isInstance(target)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
			throws AccessException {
		throw new AccessException("Templates do not write properties");
	}

}
