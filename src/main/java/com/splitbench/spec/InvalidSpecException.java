package com.splitbench.spec;

import com.splitbench.common.UserFacingException;

/** A definition that cannot be analysed as written; the message names the field and what is wrong. */
public class InvalidSpecException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public InvalidSpecException(String message) {
        super(message);
    }

    public InvalidSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
