<?php
/**
 * Checks what an author asked for (block settings, shortcode attributes, site settings) and turns
 * it into a widget's markup. Pure functions: no WordPress calls, so they are unit-tested with
 * plain PHP (tests/validate-test.php). A refused value never reaches the page: the widget gets its
 * default and the caller gets a plain-words problem to show to the people who can edit the post.
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Plain text: no tags, no control characters, single spaces, at most `$max` characters.
 *
 * @param mixed $value Input.
 * @param int   $max   Longest allowed length.
 * @return array{0: string, 1: string} The value ('' when refused) and the problem ('' when none).
 */
function meso_widgets_check_text( $value, $max ) {
	if ( ! is_scalar( $value ) ) {
		return array( '', 'is not text' );
	}
	$text = strip_tags( (string) $value );
	$text = preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', $text );
	$text = trim( preg_replace( '/\s+/u', ' ', (string) $text ) );
	if ( preg_match_all( '/./us', $text ) > $max ) {
		return array( '', "is longer than $max characters" );
	}
	return array( $text, '' );
}

/**
 * A booking address: absolute http: or https: with a host. `javascript:`, `data:` and anything
 * else are refused, so the widget shows no booking button.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The address and the problem.
 */
function meso_widgets_check_url( $value ) {
	$url = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $url ) {
		return array( '', '' );
	}
	$refused = 'must start with https:// or http:// (no booking button is shown)';
	if ( preg_match( '/[\s\x00-\x1F\x7F<>"\'`\\\\]/', $url ) ) {
		return array( '', $refused );
	}
	$parts = parse_url( $url );
	if ( false === $parts || ! isset( $parts['scheme'], $parts['host'] ) ) {
		return array( '', $refused );
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) || '' === $parts['host'] ) {
		return array( '', $refused );
	}
	return array( $url, '' );
}

/**
 * A phone number as people write it: digits, spaces, `+`, brackets, dots and dashes.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The number and the problem.
 */
function meso_widgets_check_phone( $value ) {
	$phone = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $phone ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^\+?[0-9 ().\-]{3,30}$/', $phone ) || preg_match_all( '/[0-9]/', $phone ) < 3 ) {
		return array( '', 'is not a phone number (use digits, spaces, + and brackets)' );
	}
	return array( $phone, '' );
}

/**
 * A true/false setting; shortcodes write it as `remember`, `remember="yes"` or `remember="1"`.
 *
 * @param mixed $value Input.
 * @return array{0: bool, 1: string} The flag and the problem.
 */
function meso_widgets_check_bool( $value ) {
	if ( is_bool( $value ) ) {
		return array( $value, '' );
	}
	$word = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : 'x';
	if ( in_array( $word, array( '1', 'true', 'yes', 'on' ), true ) ) {
		return array( true, '' );
	}
	if ( in_array( $word, array( '', '0', 'false', 'no', 'off' ), true ) ) {
		return array( false, '' );
	}
	return array( false, 'must be yes or no' );
}

/**
 * A review date, `YYYY-MM-DD`, a real day and not after `$today`.
 *
 * @param mixed  $value Input.
 * @param string $today Today, `YYYY-MM-DD`.
 * @return array{0: string, 1: string} The date and the problem.
 */
function meso_widgets_check_date( $value, $today ) {
	$date = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $date ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
		return array( '', 'is not a date written as YYYY-MM-DD' );
	}
	if ( $date > $today ) {
		return array( '', 'is in the future' );
	}
	return array( $date, '' );
}

/**
 * A language the bundle has content for: `en`, or a region of it such as `en-GB`.
 *
 * @param mixed    $value   Input.
 * @param string[] $locales Languages the bundle carries.
 * @return array{0: string, 1: string} The language tag and the problem.
 */
function meso_widgets_check_locale( $value, array $locales ) {
	$tag = is_scalar( $value ) ? str_replace( '_', '-', trim( (string) $value ) ) : '';
	if ( '' === $tag ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^([a-zA-Z]{2,3})(-[a-zA-Z0-9]{2,8})*$/', $tag, $m ) || ! in_array( strtolower( $m[1] ), $locales, true ) ) {
		return array( '', 'is not one of the languages the widgets speak (' . implode( ', ', $locales ) . ')' );
	}
	return array( $tag, '' );
}

/**
 * Reads `id:value, id:value` (the shortcode form of rules and durations) or passes a list through.
 *
 * @param mixed $value Input.
 * @return array<string, mixed>|null The pairs, or null when it cannot be read.
 */
function meso_widgets_pairs( $value ) {
	if ( is_array( $value ) ) {
		return $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$pairs = array();
	foreach ( preg_split( '/[,;]/', $value ) as $item ) {
		$item = trim( $item );
		if ( '' === $item ) {
			continue;
		}
		$bits = explode( ':', $item, 2 );
		if ( 2 !== count( $bits ) ) {
			return null;
		}
		$pairs[ trim( $bits[0] ) ] = trim( $bits[1] );
	}
	return $pairs;
}

/**
 * Rules for <meso-eligibility>: a severity per question. Unknown questions and severities are
 * refused; hiding a question is not offered (the safety floor).
 *
 * @param mixed $value Input.
 * @return array{0: array<string, array{severity: string}>, 1: string[]} Rules and problems.
 */
function meso_widgets_check_rules( $value ) {
	$pairs = meso_widgets_pairs( $value );
	if ( null === $pairs ) {
		return array( array(), array( 'cannot be read (write question:severity, for example conditions:ask-doctor)' ) );
	}
	$rules    = array();
	$problems = array();
	foreach ( $pairs as $id => $severity ) {
		if ( '' === $severity || null === $severity ) {
			continue;
		}
		if ( ! array_key_exists( (string) $id, MESO_WIDGETS_QUESTIONS ) ) {
			$problems[] = '"' . $id . '" is not a question (known: ' . implode( ', ', array_keys( MESO_WIDGETS_QUESTIONS ) ) . ')';
		} elseif ( ! is_string( $severity ) || ! array_key_exists( $severity, MESO_WIDGETS_SEVERITIES ) ) {
			$problems[] = '"' . $id . '" needs one of ' . implode( ', ', array_keys( MESO_WIDGETS_SEVERITIES ) );
		} else {
			$rules[ (string) $id ] = array( 'severity' => $severity );
		}
	}
	return array( $rules, $problems );
}

/**
 * Aftercare windows: whole hours from 0 to a year per timed item.
 *
 * @param mixed $value Input.
 * @return array{0: array<string, int>, 1: string[]} Hours per item and problems.
 */
function meso_widgets_check_durations( $value ) {
	$pairs = meso_widgets_pairs( $value );
	if ( null === $pairs ) {
		return array( array(), array( 'cannot be read (write item:hours, for example makeup:48)' ) );
	}
	$hours    = array();
	$problems = array();
	foreach ( $pairs as $id => $raw ) {
		if ( '' === $raw || null === $raw ) {
			continue;
		}
		if ( ! array_key_exists( (string) $id, MESO_WIDGETS_DURATIONS ) ) {
			$problems[] = '"' . $id . '" is not a timed item (known: ' . implode( ', ', array_keys( MESO_WIDGETS_DURATIONS ) ) . ')';
		} elseif ( ! is_scalar( $raw ) || ! preg_match( '/^\d{1,5}$/', trim( (string) $raw ) ) || (int) $raw > MESO_WIDGETS_MAX_HOURS ) {
			$problems[] = '"' . $id . '" needs whole hours from 0 to ' . MESO_WIDGETS_MAX_HOURS;
		} else {
			$hours[ (string) $id ] = (int) $raw;
		}
	}
	return array( $hours, $problems );
}

/**
 * Checks one single-value setting by its type.
 *
 * @param array<string, mixed> $field The setting (from schema.php).
 * @param mixed                $raw   Input.
 * @param array<string, mixed> $env   See meso_widgets_check_widget().
 * @return array{0: string|bool, 1: string} The value ('' or false when refused or empty) and the problem.
 */
function meso_widgets_check_widget_field( array $field, $raw, array $env ) {
	switch ( $field['type'] ) {
		case 'text':
			return meso_widgets_check_text( $raw, $field['max'] );
		case 'url':
			return meso_widgets_check_url( $raw );
		case 'phone':
			return meso_widgets_check_phone( $raw );
		case 'bool':
			return meso_widgets_check_bool( $raw );
		case 'date':
			return meso_widgets_check_date( $raw, $env['today'] );
		case 'locale':
			return meso_widgets_check_locale( $raw, $env['locales'] );
		case 'enum':
			$value = is_scalar( $raw ) ? trim( (string) $raw ) : '';
			if ( '' !== $value && ! array_key_exists( $value, $field['options'] ) ) {
				return array( '', 'must be one of ' . implode( ', ', array_keys( $field['options'] ) ) );
			}
			return array( $value, '' );
	}
	return array( '', '' );
}

/**
 * Checks every setting of one widget and works out its attributes and JSON configuration.
 * A setting left empty takes the site-wide value (Settings → Meso widgets), then the widget's
 * own default. A refused value counts as empty: the site-wide value applies, else the widget's
 * default.
 *
 * @param string               $element  Short name: eligibility, aftercare or vs-filler.
 * @param array<string, mixed> $input    Settings by block attribute name.
 * @param array<string, mixed> $settings Site-wide settings (clinic_name, clinic_phone, booking_url, locale).
 * @param array<string, mixed> $env      `locales` (string[]), `today` (YYYY-MM-DD), `reviewed_shape`
 *                                       (`object` for {date, by}, `string` for a date only).
 * @return array{tag: string, attrs: array<string, string|bool>, config: array<string, mixed>, problems: string[]}
 */
function meso_widgets_check_widget( $element, array $input, array $settings, array $env ) {
	$elements = meso_widgets_elements();
	$spec     = $elements[ $element ];
	$attrs    = array();
	$config   = array();
	$problems = array();
	$reviewed = array();

	foreach ( $spec['fields'] as $key => $field ) {
		$raw        = array_key_exists( $key, $input ) ? $input[ $key ] : '';
		$from_site  = false;
		$is_empty   = '' === $raw || null === $raw || array() === $raw;
		if ( $is_empty && isset( $field['setting'] ) && isset( $settings[ $field['setting'] ] ) && '' !== $settings[ $field['setting'] ] ) {
			$raw       = $settings[ $field['setting'] ];
			$from_site = true;
		}
		$label = $field['label'] . ( $from_site ? ' (Settings → Meso widgets)' : '' );
		if ( 'rules' === $field['type'] || 'durations' === $field['type'] ) {
			list( $value, $list ) = 'rules' === $field['type'] ? meso_widgets_check_rules( $raw ) : meso_widgets_check_durations( $raw );
			foreach ( $list as $item ) {
				$problems[] = $label . ': ' . $item . '.';
			}
			if ( array() !== $value ) {
				$config[ $field['type'] ] = $value;
			}
			continue;
		}
		list( $value, $problem ) = meso_widgets_check_widget_field( $field, $raw, $env );
		if ( '' !== $problem ) {
			$problems[] = $label . ' ' . $problem . '.';
			// A refused value is no setting at all: the site-wide one applies, else the widget's default.
			if ( $from_site || ! isset( $field['setting'], $settings[ $field['setting'] ] ) || '' === $settings[ $field['setting'] ] ) {
				continue;
			}
			$fallback = meso_widgets_check_widget_field( $field, $settings[ $field['setting'] ], $env );
			if ( '' !== $fallback[1] ) {
				$problems[] = $field['label'] . ' (Settings → Meso widgets) ' . $fallback[1] . '.';
				continue;
			}
			$value = $fallback[0];
		}
		if ( '' === $value || false === $value ) {
			continue;
		}
		if ( 'attr' === $field['kind'] ) {
			$attrs[ $field['name'] ] = $value;
		} elseif ( 'content' === $field['kind'] ) {
			$config['content'][ $key ] = $value;
		} elseif ( 'reviewed' === $field['kind'] ) {
			$reviewed[ $key ] = $value;
		}
	}

	if ( isset( $reviewed['reviewedBy'] ) && ! isset( $reviewed['reviewedDate'] ) ) {
		$problems[] = 'Reviewed by needs the review date too.';
	} elseif ( isset( $reviewed['reviewedDate'] ) ) {
		$date = $reviewed['reviewedDate'];
		$by   = isset( $reviewed['reviewedBy'] ) ? $reviewed['reviewedBy'] : '';
		if ( 'object' === $env['reviewed_shape'] ) {
			$config['content']['reviewed'] = '' === $by ? array( 'date' => $date ) : array(
				'date' => $date,
				'by'   => $by,
			);
		} else {
			// The bundle knows only a date: the reviewer goes into the label, around its {date}.
			$config['content']['reviewed'] = $date;
			if ( '' !== $by ) {
				$config['content']['reviewedLabel'] = 'Reviewed by ' . str_replace( array( '{', '}' ), '', $by ) . ' on {date}';
			}
		}
	}

	return array(
		'tag'      => $spec['tag'],
		'attrs'    => $attrs,
		'config'   => $config,
		'problems' => $problems,
	);
}

/**
 * The element's HTML: escaped attributes and, when there is any, the JSON configuration block.
 * The JSON is built here from checked values and encoded so that no `<`, `>` or `&` appears in
 * it: nothing an author typed can close the script element.
 *
 * @param array{tag: string, attrs: array<string, string|bool>, config: array<string, mixed>} $widget From meso_widgets_check_widget().
 * @return string HTML.
 */
function meso_widgets_markup( array $widget ) {
	$html = '<' . $widget['tag'];
	foreach ( $widget['attrs'] as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . htmlspecialchars( (string) $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8' ) . '"';
	}
	$html .= '>';
	if ( array() !== $widget['config'] ) {
		$json  = json_encode( $widget['config'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	return $html . '</' . $widget['tag'] . '>';
}

/**
 * Shortcode attributes to block attribute names: `clinic-name`, `clinic_name` and `clinicname`
 * all mean `clinicName`; a bare word (`[meso_aftercare remember]`) means "yes".
 *
 * @param string              $element Short name.
 * @param array<mixed, mixed> $atts    What WordPress parsed from the shortcode.
 * @return array{0: array<string, mixed>, 1: string[]} Settings by block attribute name, and unknown names.
 */
function meso_widgets_shortcode_input( $element, array $atts ) {
	$elements = meso_widgets_elements();
	$names    = array();
	foreach ( array_keys( $elements[ $element ]['fields'] ) as $key ) {
		$names[ strtolower( $key ) ] = $key;
	}
	$input   = array();
	$unknown = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = (string) $value;
			$value = 'yes';
		}
		$plain = strtolower( str_replace( array( '-', '_' ), '', (string) $name ) );
		if ( isset( $names[ $plain ] ) ) {
			$input[ $names[ $plain ] ] = $value;
		} else {
			$unknown[] = (string) $name;
		}
	}
	return array( $input, $unknown );
}

/**
 * A colour for `--meso-color-accent`: `#rgb` or `#rrggbb` only.
 *
 * @param mixed $value Input.
 * @return array{0: string, 1: string} The colour (lower case) and the problem.
 */
function meso_widgets_check_colour( $value ) {
	$colour = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	if ( '' === $colour ) {
		return array( '', '' );
	}
	if ( ! preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/', $colour ) ) {
		return array( '', 'is not a colour written as #RRGGBB' );
	}
	return array( $colour, '' );
}
