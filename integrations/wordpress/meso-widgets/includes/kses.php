<?php
/**
 * Lets authors paste the widget tags. WordPress removes tags it does not know from the posts of
 * users without `unfiltered_html` (Authors, Contributors, and everyone where the host sets
 * DISALLOW_UNFILTERED_HTML). This adds the three tags with their documented attributes, and only
 * those. The child `<script type="application/json">` stays forbidden: it is a script element,
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
		'theme'         => true,
		'heading-level' => true,
		'clinic-name'   => true,
		'booking-url'   => true,
		'booking-label' => true,
		'clinic-phone'  => true,
		'id'            => true,
		'class'         => true,
	);
	return array(
		'meso-eligibility' => $common + array(
			'layout'   => true,
			'remember' => true,
		),
		'meso-aftercare'   => $common + array(
			'treated-at' => true,
			'remember'   => true,
		),
		'meso-vs-filler'   => $common + array( 'view' => true ),
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
 * Filter `wp_kses_uri_attributes`: `booking-url` is a link, so kses removes `javascript:` and
 * other protocols not allowed in links from it, as it does for `href`.
 *
 * @param string[] $attributes Attributes that hold a URL.
 * @return string[] Attributes that hold a URL.
 */
function meso_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	return $attributes;
}
