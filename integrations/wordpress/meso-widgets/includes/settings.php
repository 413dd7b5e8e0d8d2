<?php
/**
 * Settings → Meso widgets: what every widget on the site uses unless a block or shortcode sets
 * its own (clinic name, phone, booking page, accent colour, language).
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds the site-wide settings. */
const MESO_WIDGETS_OPTION = 'meso_widgets_settings';

/**
 * The site-wide settings, every key present.
 *
 * @return array{clinic_name: string, clinic_phone: string, booking_url: string, accent_colour: string, locale: string}
 */
function meso_widgets_settings() {
	$saved = get_option( MESO_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	$out   = array();
	foreach ( array( 'clinic_name', 'clinic_phone', 'booking_url', 'accent_colour', 'locale' ) as $key ) {
		$out[ $key ] = isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ? $saved[ $key ] : '';
	}
	return $out;
}

/**
 * Checks the settings form. A refused value keeps the previous one and says why.
 *
 * @param mixed $input The submitted form.
 * @return array<string, string> What is saved.
 */
function meso_widgets_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? wp_unslash( $input ) : array();
	$previous = meso_widgets_settings();
	$checks   = array(
		'clinic_name'   => array( __( 'Clinic name', 'meso-widgets' ), meso_widgets_check_text( isset( $input['clinic_name'] ) ? $input['clinic_name'] : '', 120 ) ),
		'clinic_phone'  => array( __( 'Clinic phone', 'meso-widgets' ), meso_widgets_check_phone( isset( $input['clinic_phone'] ) ? $input['clinic_phone'] : '' ) ),
		'booking_url'   => array( __( 'Booking page address', 'meso-widgets' ), meso_widgets_check_url( isset( $input['booking_url'] ) ? $input['booking_url'] : '' ) ),
		'accent_colour' => array( __( 'Accent colour', 'meso-widgets' ), meso_widgets_check_colour( isset( $input['accent_colour'] ) ? $input['accent_colour'] : '' ) ),
		'locale'        => array( __( 'Language', 'meso-widgets' ), meso_widgets_check_locale( isset( $input['locale'] ) ? $input['locale'] : '', MESO_WIDGETS_BUILD['locales'] ) ),
	);
	$saved    = array();
	foreach ( $checks as $key => $check ) {
		list( $label, list( $value, $problem ) ) = $check;
		if ( '' === $problem ) {
			$saved[ $key ] = $value;
			continue;
		}
		$saved[ $key ] = $previous[ $key ];
		/* translators: 1: a setting's name, 2: what is wrong with it. */
		add_settings_error( MESO_WIDGETS_OPTION, 'meso-widgets-' . $key, sprintf( __( '%1$s %2$s. The previous value is kept.', 'meso-widgets' ), $label, $problem ) );
	}
	return $saved;
}

/**
 * Action `admin_init`: the option and its form fields.
 */
function meso_widgets_register_settings() {
	register_setting(
		'meso_widgets',
		MESO_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'meso_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'meso_widgets_clinic', __( 'Your clinic', 'meso-widgets' ), 'meso_widgets_section_intro', 'meso-widgets' );
	$fields = array(
		'clinic_name'   => array( __( 'Clinic name', 'meso-widgets' ), 'text', __( 'Used in text such as "Book a consultation at …".', 'meso-widgets' ) ),
		'clinic_phone'  => array( __( 'Clinic phone', 'meso-widgets' ), 'tel', __( 'Shown where patients are told to contact the clinic.', 'meso-widgets' ) ),
		'booking_url'   => array( __( 'Booking page address', 'meso-widgets' ), 'url', __( 'An https:// address. Without one, the widgets show no booking button.', 'meso-widgets' ) ),
		'accent_colour' => array( __( 'Accent colour', 'meso-widgets' ), 'color', __( 'Buttons, links and highlights. Pick a colour dark enough for white text on it.', 'meso-widgets' ) ),
		'locale'        => array( __( 'Language', 'meso-widgets' ), 'locale', __( 'Empty: the language of the page.', 'meso-widgets' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'meso_widgets_' . $key,
			$field[0],
			'meso_widgets_settings_field',
			'meso-widgets',
			'meso_widgets_clinic',
			array(
				'key'       => $key,
				'type'      => $field[1],
				'help'      => $field[2],
				'label_for' => 'meso_widgets_' . $key,
			)
		);
	}
}

/**
 * The section's introduction.
 */
function meso_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Every widget on the site uses these, unless its block or shortcode sets its own.', 'meso-widgets' ) . '</p>';
}

/**
 * One form field.
 *
 * @param array{key: string, type: string, help: string} $args The field.
 */
function meso_widgets_settings_field( $args ) {
	$settings = meso_widgets_settings();
	$id       = 'meso_widgets_' . $args['key'];
	$name     = MESO_WIDGETS_OPTION . '[' . $args['key'] . ']';
	$value    = $settings[ $args['key'] ];
	if ( 'locale' === $args['type'] ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $id ) . '-help">';
		echo '<option value="">' . esc_html__( 'The language of the page', 'meso-widgets' ) . '</option>';
		foreach ( MESO_WIDGETS_BUILD['locales'] as $locale ) {
			echo '<option value="' . esc_attr( $locale ) . '"' . selected( $value, $locale, false ) . '>' . esc_html( $locale ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'color' === $args['type'] ) {
		// A text field: a colour input cannot be left empty, and empty means "the widgets' own teal".
		echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" placeholder="#0b6e75" pattern="#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})" aria-describedby="' . esc_attr( $id ) . '-help">';
	} else {
		echo '<input type="' . esc_attr( $args['type'] ) . '" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" aria-describedby="' . esc_attr( $id ) . '-help">';
	}
	echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $args['help'] ) . '</p>';
}

/**
 * Action `admin_menu`: Settings → Meso widgets, with WordPress's own colour picker on its page.
 */
function meso_widgets_add_settings_page() {
	$hook = add_options_page( __( 'Meso widgets', 'meso-widgets' ), __( 'Meso widgets', 'meso-widgets' ), 'manage_options', 'meso-widgets', 'meso_widgets_settings_page' );
	add_action(
		'admin_enqueue_scripts',
		function ( $screen ) use ( $hook ) {
			if ( $screen !== $hook ) {
				return;
			}
			wp_enqueue_style( 'wp-color-picker' );
			wp_enqueue_script( 'wp-color-picker' );
			wp_add_inline_script( 'wp-color-picker', 'jQuery(function ($) { $("#meso_widgets_accent_colour").wpColorPicker(); });' );
		}
	);
}

/**
 * The settings screen.
 */
function meso_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'meso_widgets' );
	do_settings_sections( 'meso-widgets' );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'Adding a widget', 'meso-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, add the block "Mesotherapy self-check", "Mesotherapy aftercare plan" or "Mesotherapy or fillers?" and choose its settings in the sidebar. Elsewhere, use a shortcode:', 'meso-widgets' ) . '</p>';
	echo '<p><code>[meso_eligibility]</code> <code>[meso_aftercare durations="makeup:48"]</code> <code>[meso_vs_filler view="helper"]</code></p></div>';
}
