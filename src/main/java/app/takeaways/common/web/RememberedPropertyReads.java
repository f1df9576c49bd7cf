package app.takeaways.common.web;

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
 * list of types templates may not touch), and remembers the outcome per class and
 * property name.
 * <p>
 * Both Thymeleaf and Spring EL decide this again for every read. Spring EL remembers the
 * accessor that read a property last time, but only uses it again when that very object
 * is in the context's list, and the reflective accessor hands out a new one for each
 * read. So every read made a new list of accessors to try, looked the getter up and ran
 * Thymeleaf's check, a stream over its blocked types: on a moderation page of 50 comments
 * about a thousand times, a fifth of rendering it. The answer depends only on the class
 * and the name (a class itself as the target, a static read, is left to the others), so
 * the accessor that reads it, or that none can, is kept; a member Thymeleaf forbids is
 * not kept, and is refused again with Thymeleaf's own error.
 */
final class RememberedPropertyReads implements PropertyAccessor {

	/** What is kept for a property no accessor behind this one can read. */
	private static final PropertyAccessor UNREADABLE = new ReflectivePropertyAccessor(false);

	private final ReflectivePropertyAccessor checked;

	private final ClassValue<Map<String, PropertyAccessor>> readers = new ClassValue<>() {

		@Override
		protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}

	};

	/**
	 * @param checked the accessor whose answers are remembered: Thymeleaf's, which checks
	 * every member it reads
	 */
	RememberedPropertyReads(ReflectivePropertyAccessor checked) {
		this.checked = checked;
	}

	/**
	 * Puts this accessor into a template's evaluation context, just before the accessor
	 * it remembers, when that is the context's last one (as Thymeleaf's views set it up);
	 * otherwise leaves the context as it is.
	 * @param context a template's evaluation context
	 */
	void installIn(StandardEvaluationContext context) {
		List<PropertyAccessor> accessors = context.getPropertyAccessors();
		if (!accessors.isEmpty() && accessors.get(accessors.size() - 1) == this.checked && !accessors.contains(this)) {
			context.addPropertyAccessor(this);
		}
	}

	ReflectivePropertyAccessor checked() {
		return this.checked;
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
	 * this one cannot read is refused, and Spring EL then asks the others.
	 */
	@Override
	public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
		PropertyAccessor reader = reader(context, target, name);
		if (reader == null) {
			throw new AccessException("'" + name + "' is not read here");
		}
		return reader.read(context, target, name);
	}

	private @Nullable PropertyAccessor reader(EvaluationContext context, @Nullable Object target, String name)
			throws AccessException {
		if (target == null || target instanceof Class) {
			return null;
		}
		Map<String, PropertyAccessor> known = this.readers.get(target.getClass());
		PropertyAccessor reader = known.get(name);
		if (reader == null) {
			// Throws, and keeps nothing, when Thymeleaf forbids the member
			reader = this.checked.canRead(context, target, name)
					? this.checked.createOptimalAccessor(context, target, name) : UNREADABLE;
			known.put(name, reader);
		}
		return (reader != UNREADABLE) ? reader : null;
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
