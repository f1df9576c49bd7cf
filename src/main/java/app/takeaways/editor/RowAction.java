package app.takeaways.editor;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A row action of a submit button on a form with ordered rows: {@code add},
 * {@code remove:2}, {@code up:2}, {@code down:2} (zero-based row numbers). Rows out of
 * range are left as they are.
 */
record RowAction(Verb verb, int row) {

	enum Verb {

		ADD, REMOVE, UP, DOWN

	}

	/**
	 * The row action a button's value names; empty for anything else (such as
	 * {@code save}).
	 */
	static Optional<RowAction> parse(String action) {
		if ("add".equals(action)) {
			return Optional.of(new RowAction(Verb.ADD, -1));
		}
		int colon = action.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		Verb verb = switch (action.substring(0, colon)) {
			case "remove" -> Verb.REMOVE;
			case "up" -> Verb.UP;
			case "down" -> Verb.DOWN;
			default -> null;
		};
		try {
			return (verb != null) ? Optional.of(new RowAction(verb, Integer.parseInt(action.substring(colon + 1))))
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Carries the action out on {@code rows}, making a new row with {@code newRow}.
	 */
	<T> void applyTo(List<T> rows, Supplier<T> newRow) {
		boolean inRange = this.row >= 0 && this.row < rows.size();
		switch (this.verb) {
			case ADD -> rows.add(newRow.get());
			case REMOVE -> {
				if (inRange) {
					rows.remove(this.row);
				}
			}
			case UP -> {
				if (inRange && this.row > 0) {
					Collections.swap(rows, this.row, this.row - 1);
				}
			}
			case DOWN -> {
				if (inRange && this.row < rows.size() - 1) {
					Collections.swap(rows, this.row, this.row + 1);
				}
			}
		}
	}

}
