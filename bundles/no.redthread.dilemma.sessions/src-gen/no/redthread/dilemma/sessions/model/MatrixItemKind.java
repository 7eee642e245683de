/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Matrix Item Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrixItemKind()
 * @model
 * @generated
 */
public enum MatrixItemKind implements Enumerator {
	/**
	 * The '<em><b>SDG TARGETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDG_TARGETS_VALUE
	 * @generated
	 * @ordered
	 */
	SDG_TARGETS(0, "SDG_TARGETS", "SDG_TARGETS"),

	/**
	 * The '<em><b>THEMES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEMES_VALUE
	 * @generated
	 * @ordered
	 */
	THEMES(1, "THEMES", "THEMES"),

	/**
	 * The '<em><b>PLAN OBJECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_OBJECTS_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN_OBJECTS(2, "PLAN_OBJECTS", "PLAN_OBJECTS");

	/**
	 * The '<em><b>SDG TARGETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SDG_TARGETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SDG_TARGETS_VALUE = 0;

	/**
	 * The '<em><b>THEMES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEMES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THEMES_VALUE = 1;

	/**
	 * The '<em><b>PLAN OBJECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_OBJECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_OBJECTS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Matrix Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MatrixItemKind[] VALUES_ARRAY =
		new MatrixItemKind[] {
			SDG_TARGETS,
			THEMES,
			PLAN_OBJECTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Matrix Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MatrixItemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Matrix Item Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MatrixItemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MatrixItemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Matrix Item Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MatrixItemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MatrixItemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Matrix Item Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MatrixItemKind get(int value) {
		switch (value) {
			case SDG_TARGETS_VALUE: return SDG_TARGETS;
			case THEMES_VALUE: return THEMES;
			case PLAN_OBJECTS_VALUE: return PLAN_OBJECTS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MatrixItemKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MatrixItemKind
