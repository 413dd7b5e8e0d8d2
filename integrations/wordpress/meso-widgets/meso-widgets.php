<?php
/**
 * Plugin Name:       Meso widgets
 * Description:       Mesotherapy information widgets for clinics: a self-check, an aftercare plan and a mesotherapy or fillers guide, as blocks and shortcodes. Everything runs on your own site: no external requests, nothing a patient enters leaves their browser.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       meso-widgets
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MESO_WIDGETS_FILE', __FILE__ );
define( 'MESO_WIDGETS_DIR', __DIR__ );

if ( ! is_readable( __DIR__ . '/includes/build-info.php' ) || ! is_readable( __DIR__ . '/assets/meso-widgets.js' ) ) {
	// This folder straight from the repository, not the built zip: say so instead of failing.
	add_action(
		'admin_notices',
		function () {
			echo '<div class="notice notice-error"><p>' . esc_html__( 'Meso widgets is not built: install dist/meso-widgets-wordpress.zip from "npm run build", not the source folder.', 'meso-widgets' ) . '</p></div>';
		}
	);
	return;
}

require_once __DIR__ . '/includes/build-info.php';
require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/validate.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/widgets.php';

add_action( 'init', 'meso_widgets_register' );
add_action( 'admin_init', 'meso_widgets_register_settings' );
add_action( 'admin_menu', 'meso_widgets_add_settings_page' );
add_filter( 'wp_kses_allowed_html', 'meso_widgets_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'meso_widgets_kses_uri_attributes' );
add_filter( 'pre_kses', 'meso_widgets_drop_json_blocks', 10, 2 );
add_filter( 'the_content', 'meso_widgets_enqueue_for_pasted_tags', 1 );
add_filter( 'script_loader_tag', 'meso_widgets_module_script_tag', 10, 2 );
add_action( 'enqueue_block_editor_assets', 'meso_widgets_editor_assets' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'meso_widgets_action_links' );
