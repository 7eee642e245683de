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
 * A representation of the literals of the enumeration '<em><b>Handling</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getHandling()
 * @model
 * @generated
 */
public enum Handling implements Enumerator {
	/**
	 * The '<em><b>EXISTING DECISIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXISTING_DECISIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EXISTING_DECISIONS(0, "EXISTING_DECISIONS", "EXISTING_DECISIONS"),

	/**
	 * The '<em><b>FURTHER STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FURTHER_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	FURTHER_STUDY(1, "FURTHER_STUDY", "FURTHER_STUDY"),

	/**
	 * The '<em><b>INSTRUMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUMENTS(2, "INSTRUMENTS", "INSTRUMENTS"),

	/**
	 * The '<em><b>LEADERSHIP DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_DECISION(3, "LEADERSHIP_DECISION", "LEADERSHIP_DECISION");

	/**
	 * The '<em><b>EXISTING DECISIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXISTING_DECISIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXISTING_DECISIONS_VALUE = 0;

	/**
	 * The '<em><b>FURTHER STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FURTHER_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FURTHER_STUDY_VALUE = 1;

	/**
	 * The '<em><b>INSTRUMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUMENTS_VALUE = 2;

	/**
	 * The '<em><b>LEADERSHIP DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_DECISION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Handling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Handling[] VALUES_ARRAY =
		new Handling[] {
			EXISTING_DECISIONS,
			FURTHER_STUDY,
			INSTRUMENTS,
			LEADERSHIP_DECISION,
		};

	/**
	 * A public read-only list of all the '<em><b>Handling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Handling> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Handling</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handling get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Handling result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handling</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handling getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Handling result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handling</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handling get(int value) {
		switch (value) {
			case EXISTING_DECISIONS_VALUE: return EXISTING_DECISIONS;
			case FURTHER_STUDY_VALUE: return FURTHER_STUDY;
			case INSTRUMENTS_VALUE: return INSTRUMENTS;
			case LEADERSHIP_DECISION_VALUE: return LEADERSHIP_DECISION;
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
	private Handling(int value, String name, String literal) {
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
	
} //Handling
