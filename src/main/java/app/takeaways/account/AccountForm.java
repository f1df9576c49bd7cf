package app.takeaways.account;

import app.takeaways.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as an admin enters it.
 */
record AccountForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9._-]*") String username,
		@NotBlank @Size(max = 120) @PlainText String displayName, @NotNull Role role,
		@NotBlank @Size(min = 12, max = 200) String password) {

	static AccountForm empty() {
		return new AccountForm("", "", Role.EDITOR, "");
	}

}
