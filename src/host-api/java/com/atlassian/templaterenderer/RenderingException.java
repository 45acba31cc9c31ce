package com.atlassian.templaterenderer;

/** Declaration of the host type (template-renderer-api 5.x). Never packaged. */
public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
