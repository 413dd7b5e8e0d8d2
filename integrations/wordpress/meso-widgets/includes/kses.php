<?php
/**
 * Lets authors paste the widget tags. WordPress removes tags it does not know from the posts of
 * users without `unfiltered_html` (Authors, Contributors, and everyone where the host sets
 * DISALLOW_UNFILTERED_HTML). This adds the three tags with their documented attributes, and only
 * those (a test checks them against custom-elements.json). The child `<script type="application/json">` stays forbidden: it is a script element,
 * and the block builds that configuration on the server from checked settings instead.
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The documented attributes of each tag.
 *
 * @return array<string, array<string, bool>> Attributes by tag, in the form kses expects.
 */
function meso_widgets_allowed_tags() {
	$common = array(
		'lang'          => true,
		// Issue 25: the patient's language control; the element keeps only languages it has.
		'languages'     => true,
		'theme'         => array( 'values' => array( 'light', 'dark', 'auto' ) ),
		'heading-level' => array( 'values' => array( '1', '2', '3', '4', '5', '6' ) ),
		'clinic-name'   => true,
		// Refused outright (not just stripped of its protocol, which would leave a relative link).
		'booking-url'   => array( 'value_callback' => 'meso_widgets_kses_booking_url' ),
		'booking-label' => true,
		'clinic-phone'  => true,
		'id'            => true,
		'class'         => true,
	);
	return array(
		'meso-eligibility' => $common + array(
			'layout'           => array( 'values' => array( 'steps', 'list' ) ),
			'remember'         => true,
			// Issue 22: the consultation-only booking and the share channels. The element checks them
			// again (one plain e-mail address; share-url https only) and needs clinic-name to share.
			'consultation-url' => array( 'value_callback' => 'meso_widgets_kses_booking_url' ),
			'share-email'      => true,
			'share-url'        => array( 'value_callback' => 'meso_widgets_kses_booking_url' ),
			'share-qr'         => true,
			'share-event'      => true,
		),
		'meso-aftercare'   => $common + array(
			'treated-at'       => true,
			'now'              => true,
			'remember'         => true,
			// Public service numbers for the care cards; the element itself refuses anything else.
			'emergency-number' => true,
			'urgent-number'    => true,
			// The course of sessions (issue 23); the element refuses values out of range.
			'sessions'         => true,
			'session-interval' => true,
		),
		'meso-vs-filler'   => $common + array(
			'view'           => array( 'values' => array( 'both', 'compare', 'helper' ) ),
			'self-check-url' => array( 'value_callback' => 'meso_widgets_kses_booking_url' ),
		),
	);
}

/**
 * Filter `wp_kses_allowed_html`: adds the widget tags to what post content may contain.
 *
 * @param array<string, mixed> $tags    Allowed tags.
 * @param string|array         $context Where the HTML is going.
 * @return array<string, mixed> Allowed tags.
 */
function meso_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags = array_merge( $tags, meso_widgets_allowed_tags() );
	}
	return $tags;
}

/**
 * Filter `wp_kses_uri_attributes`: `booking-url`, `self-check-url`, `consultation-url` and `share-url` are links, so kses removes
 * `javascript:` and other protocols not allowed in links from them, as it does for `href`.
 *
 * @param string[] $attributes Attributes that hold a URL.
 * @return string[] Attributes that hold a URL.
 */
function meso_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	$attributes[] = 'self-check-url';
	$attributes[] = 'consultation-url';
	$attributes[] = 'share-url';
	return $attributes;
}

/**
 * Kses check of the URL attributes (`booking-url`, `self-check-url`, `consultation-url`, `share-url`):
 * only absolute http: and https: addresses are kept.
 *
 * @param string $value The attribute value.
 * @return bool Whether to keep it.
 */
function meso_widgets_kses_booking_url( $value ) {
	return '' !== meso_widgets_check_url( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) )[0];
}

/**
 * Filter `pre_kses`: kses removes a `<script>` tag but keeps its text, so a pasted JSON block (of
 * any `type`, closed or not) would show on the page as text. For users whose HTML is filtered, in
 * content with a widget tag, every script element goes whole (see meso_widgets_without_scripts());
 * the block's settings are the safe way to set content.
 *
 * @param string       $content HTML being filtered.
 * @param array|string $allowed Allowed HTML or a context name.
 * @return string HTML.
 */
function meso_widgets_drop_json_blocks( $content, $allowed ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<meso-' ) || false === stripos( $content, '<script' ) || ( 'post' !== $allowed && ! is_array( $allowed ) ) ) {
		return $content;
	}
	return meso_widgets_without_scripts( $content );
}
