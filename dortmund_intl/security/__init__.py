"""Who may do what, and how they sign in: the roles' user admin, sign-in throttling
(django-axes), the TOTP second factor (django-otp) and the security headers
(Content-Security-Policy, Permissions-Policy). See README, "Security"."""
