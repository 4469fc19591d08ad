/**
 * LTI Dynamic Registration 1.0 at {@code /lti/register}: a platform that is given Firstline's
 * registration link fetches nothing itself; it opens the link, Firstline reads the platform's
 * OpenID configuration, registers itself at the platform's registration endpoint and stores the
 * answer as a registration. The link carries a one-time code an admin created ({@code POST
 * /api/admin/lti/registration-links}), because a platform registered by anyone could launch anyone
 * in any role.
 */
package com.firstline.lti.dynamicregistration;
