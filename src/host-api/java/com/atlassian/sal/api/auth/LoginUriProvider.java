package com.atlassian.sal.api.auth;

import java.net.URI;

/** Declaration of the host type (SAL 5.x); only the methods this app calls. Never packaged. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
