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
 * A representation of the literals of the enumeration '<em><b>Phase Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getPhaseKind()
 * @model
 * @generated
 */
public enum PhaseKind implements Enumerator {
	/**
	 * The '<em><b>INTRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTRODUCTION(0, "INTRODUCTION", "INTRODUCTION"),

	/**
	 * The '<em><b>REFLECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTION_VALUE
	 * @generated
	 * @ordered
	 */
	REFLECTION(1, "REFLECTION", "REFLECTION"),

	/**
	 * The '<em><b>DISCUSSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCUSSION_VALUE
	 * @generated
	 * @ordered
	 */
	DISCUSSION(2, "DISCUSSION", "DISCUSSION"),

	/**
	 * The '<em><b>CONCLUSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCLUSION_VALUE
	 * @generated
	 * @ordered
	 */
	CONCLUSION(3, "CONCLUSION", "CONCLUSION");

	/**
	 * The '<em><b>INTRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTRODUCTION_VALUE = 0;

	/**
	 * The '<em><b>REFLECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFLECTION_VALUE = 1;

	/**
	 * The '<em><b>DISCUSSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCUSSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCUSSION_VALUE = 2;

	/**
	 * The '<em><b>CONCLUSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCLUSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONCLUSION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PhaseKind[] VALUES_ARRAY =
		new PhaseKind[] {
			INTRODUCTION,
			REFLECTION,
			DISCUSSION,
			CONCLUSION,
		};

	/**
	 * A public read-only list of all the '<em><b>Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PhaseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhaseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhaseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind get(int value) {
		switch (value) {
			case INTRODUCTION_VALUE: return INTRODUCTION;
			case REFLECTION_VALUE: return REFLECTION;
			case DISCUSSION_VALUE: return DISCUSSION;
			case CONCLUSION_VALUE: return CONCLUSION;
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
	private PhaseKind(int value, String name, String literal) {
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
	
} //PhaseKind
