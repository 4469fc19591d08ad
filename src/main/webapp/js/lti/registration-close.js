// LTI Dynamic Registration ends with this message: the platform opened /lti/register in a window
// or an iframe and, on it, closes that and shows the new tool.
//
// targetOrigin is '*', as in the specification's examples: the page does not know the origin of
// the LMS's window (it is often not the issuer's, e.g. a school's own Canvas domain), and the
// message carries nothing but its subject, so no one learns anything by receiving it.

const platform = window.opener || window.parent;
if (platform && platform !== window) {
  platform.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
}
