package org.cloudnations.sim.param;

/**
 * A mistake in user input: an unknown name, a value out of range, a malformed value. The message
 * is one line that names what was wrong and what is allowed (the CLI exits with code 2).
 *
 * <p>Where a message names a setting of a run or sweep (such as {@code samples} or
 * {@code replicates}), it is built with {@link #about} from a template that marks the setting as
 * {@code {samples}}: {@link #getMessage()} names the field as the library calls it, and a front end
 * renders it its own way ({@link #render}), e.g. the command line as the flag {@code --samples}. So
 * a notebook user never reads about command-line flags.
 */
public class ConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("\\{([a-z_]+)}");

    /** The message with its fields marked as {@code {name}}, or null for a plain message. */
    private final String template;

    /**
     * @param message one line naming what was wrong and what is allowed
     */
    public ConfigurationException(String message) {
        super(message);
        this.template = null;
    }

    private ConfigurationException(String template, boolean marked) {
        super(render(template, java.util.function.UnaryOperator.identity()));
        this.template = template;
    }

    /**
     * A message that names settings: each written {@code {field}} in the template (lower case,
     * underscores), shown as {@code field} by {@link #getMessage()}.
     *
     * @param template one line, with fields marked as {@code {field}}
     * @return the exception
     */
    public static ConfigurationException about(String template) {
        return new ConfigurationException(template, true);
    }

    /**
     * The message with every marked field renamed, e.g. to the command line's flag.
     *
     * @param fieldName the name to show for a field
     * @return the message
     */
    public String render(java.util.function.UnaryOperator<String> fieldName) {
        return template == null ? getMessage() : render(template, fieldName);
    }

    private static String render(String template, java.util.function.UnaryOperator<String> fieldName) {
        return FIELD.matcher(template).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                fieldName.apply(m.group(1))));
    }

    /**
     * The refusal of a whole number out of its range, worded the same wherever it is checked.
     *
     * @param what what the number is, e.g. a field marked {@code {samples}}
     * @param value the number given
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return {@code "WHAT: value V is out of range; allowed: a whole number from MIN to MAX"}
     */
    public static ConfigurationException outOfRange(String what, long value, long min, long max) {
        return about(what + ": value " + value + " is out of range; allowed: a whole number from " + min + " to "
                + max);
    }
}
